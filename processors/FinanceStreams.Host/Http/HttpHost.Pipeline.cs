using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Prometheus;

namespace FinanceStreams.Host.Http;

/// <summary>Services and middleware of the HTTP host.</summary>
public sealed partial class HttpHost
{
    private static void ConfigureServices(WebApplicationBuilder builder, HttpHostOptions options, IReadiness readiness, IBudgetQuery budgets, IAuditSink audit, TimeProvider time)
    {
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        }

        var services = builder.Services;
        services.AddSingleton(options).AddSingleton(options.ApiKeys).AddSingleton(readiness).AddSingleton(budgets).AddSingleton(audit).AddSingleton(time);
        services.AddSingleton(new Ownership.BudgetForwarder(new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) }));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiScopes.BudgetsRead, policy => policy.RequireAuthenticatedUser().RequireClaim(ApiScopes.ClaimType, ApiScopes.BudgetsRead))
            .AddPolicy(ApiScopes.BudgetsCheck, policy => policy.RequireAuthenticatedUser().RequireClaim(ApiScopes.ClaimType, ApiScopes.BudgetsCheck));
        services.AddRateLimiter(limiter => ApiRateLimiting.Configure(limiter, options));
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            context.Response.Headers[Ownership.BudgetForwarder.ServedByHeader] = context.Request.Scheme + "://" + context.Request.Host + "/";
            return next(context);
        });
        app.UseRouting();
        app.UseHttpMetrics();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        HealthEndpoints.Map(app);
        app.MapMetrics("/metrics").WithMetadata(new ApiOperation("getMetrics", "Prometheus metrics.", "meta", []) { ResponseMediaType = "text/plain" });
        OpenApiEndpoints.Map(app);
        BudgetEndpoints.Map(app);
        BudgetCheckEndpoints.Map(app);
    }
}
