using System.CommandLine;

namespace FoiBot.Cli.Commands.Importing;

/// <summary>`foibot import`: letters from where they are published, saved into a corpus folder with their provenance.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment) =>
        new("import", "Save published letters (WhatDoTheyKnow, councils' disclosure logs) into a corpus folder")
        {
            WhatDoTheyKnowCommand.Create(environment),
            PagesCommand.Create(environment),
        };
}
