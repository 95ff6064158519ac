import sys, re, collections
# usage: perf script -i X --tid T -F ip,sym | python3 prof.py [filter]
samples=[]; cur=[]
for line in sys.stdin:
    line=line.rstrip('\n')
    if not line.strip():
        if cur: samples.append(cur); cur=[]
        continue
    parts=line.strip().split(' ',1)
    sym=parts[1] if len(parts)>1 else '?'
    sym=re.sub(r'\s*\(/.*\)$','',sym)
    sym=re.sub(r'\[Optimized\w*\]|\[QuickJitted\]|\[Tier\w*\]','',sym)
    m=re.search(r'\] ([\w.`<>+|,\[\]!]+::[\w.<>`|]+)\(',sym)
    if m: sym=m.group(1)
    cur.append(sym)
if cur: samples.append(cur)
n=len(samples); print('samples',n)
leaf=collections.Counter(s[0] for s in samples)
incl=collections.Counter()
for s in samples:
    for f in set(s): incl[f]+=1
print('--- self'); 
for k,v in leaf.most_common(45): print(f'{100*v/n:5.1f}% {k[:150]}')
print('--- inclusive')
flt=sys.argv[1] if len(sys.argv)>1 else ''
for k,v in incl.most_common(400):
    if flt in k: print(f'{100*v/n:5.1f}% {k[:150]}')
