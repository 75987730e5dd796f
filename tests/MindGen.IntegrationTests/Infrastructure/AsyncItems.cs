namespace MindGen.IntegrationTests.Infrastructure;

/// <summary>Reads a stream of items the way a test asserts on it: all of them, or those that came before it failed.</summary>
internal static class AsyncItems
{
    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>The items read before the stream threw <typeparamref name="TException"/> (or a subclass), and what it threw.</summary>
    public static async Task<(List<T> Read, TException Thrown)> ListUntilThrownAsync<T, TException>(IAsyncEnumerable<T> items)
        where TException : Exception
    {
        var read = new List<T>();
        TException thrown = await Assert.ThrowsAnyAsync<TException>(async () =>
        {
            await foreach (T item in items)
            {
                read.Add(item);
            }
        });
        return (read, thrown);
    }
}
