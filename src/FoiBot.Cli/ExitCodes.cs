namespace FoiBot.Cli;

/// <summary>The documented exit codes. An abstention is a success: FoiBot answered honestly that it does not know.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int SystemFailure = 2;
}
