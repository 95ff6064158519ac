using FinanceStreams.Host.Cli;

return await CliErrors.RunAsync(args).ConfigureAwait(false);
