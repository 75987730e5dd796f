using System.Text.Json.Serialization;

namespace TodoApi;

/// <summary>What a team's service sends and takes: the .NET types people use every day.</summary>
public sealed record TodoItem(
    long Id,
    string Title,
    int Priority,
    decimal Budget,
    double Progress,
    DateOnly Due,
    TimeOnly RemindAt,
    TimeSpan Estimate,
    Guid Key,
    Uri Link,
    byte[] Attachment,
    Dictionary<string, int> Counters,
    DateTimeOffset CreatedAt,
    bool Done,
    string? Note,
    TodoState State,
    List<string> Tags);

/// <summary>Written as a number, as System.Text.Json does without a string converter.</summary>
public enum TodoState
{
    Open,
    InProgress,
    Finished,
}

/// <summary>A hierarchy System.Text.Json reads and writes by its <c>kind</c>, which it wants first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public abstract record Shape
{
    public string? Label { get; init; }
}

public sealed record Circle(double Radius) : Shape;

public sealed record Square(double Side) : Shape;

/// <summary>What the server saw of an upload.</summary>
public sealed record UploadResult(string FileName, long Length, string ContentType, string Note);
