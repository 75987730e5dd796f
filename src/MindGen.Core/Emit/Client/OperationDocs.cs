using MindGen.Emit.Writing;
using MindGen.Model;
using MindGen.Naming;

namespace MindGen.Emit.Client;

/// <summary>The XML docs (and the <c>[Obsolete]</c> of a deprecated operation) above each of an operation's methods.</summary>
internal static class OperationDocs
{
    public static void Emit(SourceWriter writer, OperationModel operation, MethodSignature signature, OperationMethod method)
    {
        XmlDoc.Summary(writer, operation.Summary ?? operation.Description, $"Calls {operation.HttpMethod} {XmlDoc.Escape(operation.OperationId)}.");
        // The remarks of the other methods are the emitter's XML (with references); the plain method's, the spec's text.
        string? remarksXml = method switch
        {
            OperationMethod.Stream => "Yields the items of the response array one by one as they arrive, so memory stays flat however long the array is.",
            OperationMethod.Streaming => StreamingRemarks(operation.Response.Events!),
            OperationMethod.StreamingWithResponse => $"Returns once the response has arrived (an unsuccessful status throws here, before any item), with its status and headers; the items are read as the stream is enumerated, once, as <see cref=\"{operation.Response.Events!.MethodName}\"/> reads them, and <c>Events</c> adds each event's type and ID. Dispose it when the items are not read to the end.",
            OperationMethod.WithResponse => "Returns the status code and headers with the body.",
            OperationMethod.All => $"Yields every item of every page, sending for the next page only when the items before it have been read: stopping early sends nothing more. <see cref=\"{operation.Pagination!.PagesMethodName}\"/> yields the pages.",
            OperationMethod.Pages => "Yields the pages, each read when the one before it has been, from the first or from the one <c>continuationToken</c> names: each page's <c>ContinuationToken</c> (null on the last) resumes the list after it, with the same arguments.",
            _ => null,
        };
        if (remarksXml is not null)
        {
            XmlDoc.Raw(writer, $"<remarks>{remarksXml}</remarks>");
        }
        else
        {
            XmlDoc.Remarks(writer, operation.Summary is null ? null : operation.Description);
        }

        if (method == OperationMethod.Plain)
        {
            EmitParameters(writer, operation, signature);
            EmitReturns(writer, operation, method);
            EmitFailures(writer, operation);
        }
        else
        {
            // The same parameters and failures as the plain method's, which a large spec's interface would write
            // three times over (GitHub's parameter docs are long).
            if (method == OperationMethod.Pages)
            {
                // A parameter of its own: the compiler does not count inherited ones beside it (CS1573), so all are written.
                EmitParameters(writer, operation, signature);
                XmlDoc.Raw(writer, $"<param name=\"{GeneratedNames.Locals.ContinuationToken}\">A page's <c>ContinuationToken</c>, to go on after it; null for the first page.</param>");
                XmlDoc.Raw(writer, $"<inheritdoc cref=\"{operation.MethodName}\" path=\"/exception\"/>");
            }
            else
            {
                XmlDoc.Raw(writer, $"<inheritdoc cref=\"{operation.MethodName}\" path=\"/param|/exception\"/>");
            }

            EmitReturns(writer, operation, method);
        }

        EmitObsolete(writer, operation);
    }

    private static void EmitParameters(SourceWriter writer, OperationModel operation, MethodSignature signature)
    {
        foreach (SignatureItem item in signature.Items)
        {
            string name = item.Name.TrimStart('@');
            string unset = item.IsOptional ? "; left out when null" : string.Empty;
            switch (item)
            {
                case { Parameter: { } parameter }:
                    // A parameter cannot be [Obsolete]: what the API deprecates is said in its docs.
                    string deprecated = parameter.IsDeprecated ? " Deprecated by the API." : string.Empty;
                    XmlDoc.Param(writer, name, parameter.Description is { Length: > 0 } description ? description.TrimEnd() + deprecated : null,
                        $"The {parameter.Location.ToString().ToLowerInvariant()} parameter <c>{XmlDoc.Escape(parameter.WireName)}</c>{unset}.{deprecated}");
                    break;
                case { Body: { } body }:
                    XmlDoc.Param(writer, name, body.Description, "The request body.");
                    break;
                case { Part: { } part }:
                    XmlDoc.Param(writer, name, part.Description, $"The multipart member <c>{XmlDoc.Escape(part.WireName)}</c>{unset}.");
                    break;
                case { IsMediaType: true }:
                    XmlDoc.Param(writer, name, null, $"The body's media type, such as <c>image/png</c>; <c>{XmlDoc.Escape(operation.RequestBody!.MediaType)}</c> when null.");
                    break;
            }
        }

        XmlDoc.Param(writer, GeneratedNames.Locals.CancellationToken, null, "Cancels the request.");
        XmlDoc.Param(writer, GeneratedNames.Locals.RequestOptions, null, $"Headers to add and a timeout for this call (<see cref=\"{Template.RequestOptions.DeclaredTypes[0]}\"/>); null for none.");
    }

    private static void EmitFailures(SourceWriter writer, OperationModel operation)
    {
        foreach (ErrorResponseModel error in operation.Response.Errors)
        {
            string status = error.Status switch
            {
                { Kind: StatusPatternKind.Default } => "any other unsuccessful status",
                { Kind: StatusPatternKind.Class, Value: var statusClass } => $"status {statusClass}XX",
                { Value: var code } => $"status {code}",
            };
            string about = error.Description is { Length: > 0 } description ? ": " + XmlDoc.Escape(description) : string.Empty;
            XmlDoc.Raw(writer, $"<exception cref=\"ApiException{{T}}\">For {status}, with the error body as <see cref=\"ApiException{{T}}.Error\"/> ({XmlDoc.Escape(TypeSyntax.Display(error.BodyType))}){about}.</exception>");
        }

        XmlDoc.Raw(writer, "<exception cref=\"ApiException\">The server answered with an unsuccessful status, or with a body that does not match the spec.</exception>");
    }

    private static void EmitReturns(SourceWriter writer, OperationModel operation, OperationMethod method)
    {
        if (method == OperationMethod.WithResponse)
        {
            XmlDoc.Returns(writer, null, "The status code, the headers and the body of the response.");
        }
        else if (method == OperationMethod.StreamingWithResponse)
        {
            XmlDoc.Returns(writer, null, "The status code and headers of the response, and its items to come.");
        }
        else if (method == OperationMethod.All)
        {
            XmlDoc.Returns(writer, null, "Every item of every page.");
        }
        else if (method == OperationMethod.Pages)
        {
            XmlDoc.Returns(writer, null, "The pages, each with its items and the token of the next.");
        }
        else if (operation.Response.BodyType is not null)
        {
            XmlDoc.Returns(writer, operation.Response.Description, method is OperationMethod.Stream or OperationMethod.Streaming ? "The items of the response body." : "The response body.");
        }
    }

    private static string StreamingRemarks(EventStreamModel events)
    {
        string asks = events.RequestFlag is { } flag ? $" Sends <c>{XmlDoc.Escape(flag)}</c> as true in the request body." : string.Empty;
        return events.Format switch
        {
            EventStreamFormat.ServerSentEvents when events.Union is { } union => $"Asks for server-sent events ({XmlDoc.Escape(events.MediaType)}) and yields each event as it arrives, as the class its type names (<see cref=\"{union.Name}.{GeneratedNames.EventUnionUnknown}\"/> for one the spec does not name); the stream ends with the response{Ends(events)}, and an <c>error</c> event throws an <see cref=\"ApiException\"/>.{asks}",
            EventStreamFormat.ServerSentEvents => $"Asks for server-sent events ({XmlDoc.Escape(events.MediaType)}) and yields each event's data as it arrives; the stream ends with the response{Ends(events)}, and an <c>error</c> event throws an <see cref=\"ApiException\"/>.{asks}",
            EventStreamFormat.JsonSequence => $"Asks for a JSON text sequence ({XmlDoc.Escape(events.MediaType)}) and yields each value as it arrives{Ends(events)}.{asks}",
            _ => $"Asks for JSON lines ({XmlDoc.Escape(events.MediaType)}) and yields each line's value as it arrives{Ends(events)}.{asks}",
        };
    }

    private static string Ends(EventStreamModel events) =>
        events.Terminator is { } end ? $" or at <c>{XmlDoc.Escape(end)}</c>" : string.Empty;

    /// <summary>Above a client method: the docs of <paramref name="interfaceMethod"/>, the interface's method the client implements with it, and its <c>[Obsolete]</c>.</summary>
    public static void EmitInherited(SourceWriter writer, OperationModel operation, string interfaceMethod)
    {
        XmlDoc.Raw(writer, $"<inheritdoc cref=\"{interfaceMethod}\"/>");
        EmitObsolete(writer, operation);
    }

    private static void EmitObsolete(SourceWriter writer, OperationModel operation)
    {
        if (operation.IsDeprecated)
        {
            writer.Line("[sys::Obsolete(\"The API marks this operation as deprecated.\")]");
        }
    }
}

/// <summary>The public methods an operation has.</summary>
internal enum OperationMethod
{
    /// <summary><c>GetPetAsync</c>: the body.</summary>
    Plain,

    /// <summary><c>GetPetWithResponseAsync</c>: status, headers and body.</summary>
    WithResponse,

    /// <summary><c>StreamPetsAsync</c>: the items of a JSON array as they arrive.</summary>
    Stream,

    /// <summary><c>CreateChatCompletionStreamingAsync</c>: the items of a stream of events or JSON lines as they arrive.</summary>
    Streaming,

    /// <summary><c>CreateChatCompletionStreamingWithResponseAsync</c>: the same stream, once its status and headers have arrived.</summary>
    StreamingWithResponse,

    /// <summary><c>IssuesListForRepoAllAsync</c>: every item of a list answered a page at a time.</summary>
    All,

    /// <summary><c>IssuesListForRepoPagesAsync</c>: its pages, from the one a continuation token names.</summary>
    Pages,
}
