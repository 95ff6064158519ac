using System.Text.Json;
using System.Text.RegularExpressions;

namespace FinanceStreams.IntegrationTests.Dashboards;

/// <summary>The committed dashboards and alert rules, read as the panel-query test needs them.</summary>
internal static partial class DashboardFiles
{
    public static string Root { get; } = FindRoot();

    public static string AlertRules => Path.Combine(Root, "dashboards", "prometheus", "alerts.yml");

    /// <summary>Every panel query: (dashboard file, panel title, expression).</summary>
    public static IReadOnlyList<(string Dashboard, string Panel, string Expr)> PanelQueries() =>
    [
        .. Directory.GetFiles(Path.Combine(Root, "dashboards", "grafana"), "*.json")
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("panels").EnumerateArray()
                .SelectMany(panel => panel.GetProperty("targets").EnumerateArray()
                    .Select(target => (Path.GetFileName(file), panel.GetProperty("title").GetString()!, target.GetProperty("expr").GetString()!)))),
    ];

    /// <summary>Every alert rule: (name, expression, the signal: the expression left of its top-level comparison).</summary>
    public static IReadOnlyList<(string Alert, string Expr, string Signal)> AlertQueries()
    {
        var alerts = new List<(string, string, string)>();
        string? name = null;
        foreach (var line in File.ReadLines(AlertRules))
        {
            if (AlertLine().Match(line) is { Success: true } alert)
            {
                name = alert.Groups[1].Value;
            }
            else if (ExprLine().Match(line) is { Success: true } expr && name is not null)
            {
                alerts.Add((name, expr.Groups[1].Value, Signal(expr.Groups[1].Value)));
            }
        }

        return alerts;
    }

    /// <summary>The operand left of the last comparison operator outside parentheses, braces and quotes.</summary>
    public static string Signal(string expr)
    {
        var (depth, quoted, cut) = (0, false, -1);
        for (var i = 0; i < expr.Length; i++)
        {
            var c = expr[i];
            quoted ^= c == '"';
            depth += quoted ? 0 : c switch { '(' or '{' or '[' => 1, ')' or '}' or ']' => -1, _ => 0 };
            if (!quoted && depth == 0 && (c is '>' or '<' || (c is '=' or '!' && i + 1 < expr.Length && expr[i + 1] == '=')))
            {
                cut = i;
                break;
            }
        }

        return cut < 0 ? expr : expr[..cut].Trim();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "finance-streams.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with finance-streams.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*- alert:\s*(\S+)")]
    private static partial Regex AlertLine();

    [GeneratedRegex(@"^\s*expr:\s*(.+)$")]
    private static partial Regex ExprLine();
}
