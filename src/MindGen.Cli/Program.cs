using MindGen.Cli;

return MindGenCommandLine.Run(args, Console.Out, Console.Error);
