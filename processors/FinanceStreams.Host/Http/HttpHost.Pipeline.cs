using System.Text.Json.Serialization;
using Prometheus;
using Scalar.AspNetCore;

namespace FinanceStreams.Host.Http;

/// <summary>Services and middleware of the HTTP host.</summary>
public sealed partial class HttpHost
{
    /// <summary>The API reference page (Scalar), rendered from the OpenAPI document.</summary>
    public const string ReferenceRoute = "/docs";

    private static void ConfigureLogging(ILoggingBuilder logging, HttpHostOptions options)
    {
        logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        if (options.LoggerProvider is { } provider)
        {
            logging.AddProvider(provider);
        }

        // ASP.NET Core's request logs print the raw URL (a key sent in a query string with it): RequestLogging logs instead.
        logging.SetMinimumLevel(LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning).AddFilter("System", LogLevel.Warning);
    }

    private static void ConfigureServices(WebApplicationBuilder builder, HttpHostOptions options, IReadiness readiness, IBudgetQuery budgets, IAuditSink audit, TimeProvider time, IBrokerProbe? broker)
    {
        ConfigureLogging(builder.Logging, options);
        var services = builder.Services;
        services.AddSingleton(options).AddSingleton(options.ApiKeys).AddSingleton(readiness).AddSingleton(budgets).AddSingleton(audit).AddSingleton(time);
        services.AddSingleton(new ApiReadiness(readiness, budgets, broker, options.BucketPartitions));
        services.AddSingleton(new InstanceAddress(options.PublicUrl));
        services.AddSingleton(provider => new Ownership.BudgetForwarder(
            new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) },
            provider.GetRequiredService<InstanceAddress>(),
            options,
            provider.GetRequiredService<ILogger<Ownership.BudgetForwarder>>()));
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemTypes.Complete);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        ApiAuthentication.Configure(services, options);
        services.AddRateLimiter(limiter => ApiRateLimiting.Configure(limiter, options, time));
        services.AddOpenApi(ApiOpenApi.DocumentName, ApiOpenApi.Configure);
    }

    private static void ConfigurePipeline(WebApplication app, HttpHostOptions options)
    {
        var self = app.Services.GetRequiredService<InstanceAddress>();
        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestLogging.Category);
        app.UseHttpMetrics(); // outermost: counts every answer, 5xx included
        app.Use((context, next) => RequestLogging.InvokeAsync(context, next, requests));
        app.Use((context, next) =>
        {
            // on starting: the exception handler clears the headers before it writes a 500
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.TryAdd(Ownership.BudgetForwarder.ServedByHeader, self.Self?.ToString());
                context.Response.Headers[RequestTrace.Header] = RequestTrace.Id(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use((context, next) => RequestGuard.InvokeAsync(context, next, options));
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        HealthEndpoints.Map(app);
        MetricsEndpoints.Map(app);
        app.MapOpenApi(ApiOpenApi.Route);
        app.MapScalarApiReference(ReferenceRoute, scalar => scalar.WithTitle("finance-streams budget API").WithOpenApiRoutePattern(ApiOpenApi.Route));
        BudgetEndpoints.Map(app);
        BudgetCheckEndpoints.Map(app);
        BudgetDocumentEndpoints.Map(app);
    }
}
