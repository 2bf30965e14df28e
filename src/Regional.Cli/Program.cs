using Regional.Cli;

return await RegionalCli.RunAsync(args, CliContext.System());
