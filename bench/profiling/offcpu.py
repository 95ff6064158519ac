import sys, re, collections
# perf script -F tid,time,event,trace,ip,sym output; arg1 = tid ; arg2,3 = time window
tid=sys.argv[1]; t0=float(sys.argv[2]) if len(sys.argv)>2 else 0; t1=float(sys.argv[3]) if len(sys.argv)>3 else 1e18
events=[]; cur=None
for line in sys.stdin:
    if 'sched:sched_switch' in line:
        m=re.match(r'\s*(\d+)\s+([\d.]+):',line)
        prev=re.search(r'prev_pid=(\d+) .*prev_state=(\S+)',line); nxt=re.search(r'next_pid=(\d+)',line)
        cur={'t':float(m.group(2)),'prev':prev.group(1),'state':prev.group(2),'next':nxt.group(1),'stack':[]}
        events.append(cur)
    elif line.strip() and cur is not None:
        s=line.strip().split(' ',1); sym=s[1] if len(s)>1 else '?'
        mm=re.search(r'\] ([\w.`<>+|,\[\]!]+::[\w.<>`|]+)\(',sym)
        if mm: sym=mm.group(1)
        sym=re.sub(r'\s*\(/.*\)$','',sym)
        cur['stack'].append(sym)
off=collections.Counter(); total=0; out=None
for e in events:
    if e['prev']==tid: out=e
    if e['next']==tid and out is not None:
        if t0<=out['t']<=t1:
            d=e['t']-out['t']; total+=d
            key=' < '.join([f for f in out['stack'] if 'Streamiz' in f or 'FinanceStreams' in f or 'Confluent' in f][:4])
            off[(out['state'],key)]+=d
        out=None
print('off-cpu total %.3f s'%total)
for k,v in off.most_common(25): print('%.3f %s %s'%(v,k[0],k[1][:300]))
