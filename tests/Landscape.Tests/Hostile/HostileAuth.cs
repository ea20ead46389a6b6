namespace Landscape.Tests.Hostile;

/// <summary>Which credentials a hostile request presents.</summary>
public enum HostileAuth
{
    None,
    Analyst,
    Bogus,
}
