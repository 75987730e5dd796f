using MindGen.Emit.Writing;

namespace MindGen.Core.Tests;

public sealed class EscapingTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("line\nbreak\r\n", "\"line\\nbreak\\r\\n\"")]
    [InlineData("nul\0bell\a", "\"nul\\0bell\\u0007\"")]
    [InlineData("sep\u2028par\u2029", "\"sep\\u2028par\\u2029\"")]
    [InlineData("rtl\u202Eoverride", "\"rtl\\u202Eoverride\"")]
    [InlineData("ünïcödé", "\"ünïcödé\"")]
    public void String_literals_escape_everything_that_could_end_or_hide_them(string value, string literal) =>
        Assert.Equal(literal, CSharpLiteral.String(value));

    [Theory]
    [InlineData("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
    [InlineData("</summary>", "&lt;/summary&gt;")]
    [InlineData("bell\a and tab\t", "bell and tab ")]
    public void Xml_doc_text_is_escaped(string text, string escaped) => Assert.Equal(escaped, XmlDoc.Escape(text));

    [Fact]
    public void Every_line_of_a_description_stays_inside_the_comment()
    {
        var writer = new SourceWriter();
        XmlDoc.Summary(writer, "first\r\n}\nclass Evil {}\u2028second\u0085third", "unused");
        string[] lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.StartsWith("///", line));
        Assert.Equal("/// <summary>", lines[0]);
        Assert.Equal("/// class Evil {}", lines[3]);
    }

    [Fact]
    public void Fallback_text_is_used_when_the_spec_says_nothing()
    {
        var writer = new SourceWriter();
        XmlDoc.Summary(writer, "   ", "The <c>id</c> member.");
        Assert.Equal("/// <summary>The <c>id</c> member.</summary>\n", writer.ToString());
    }
}
