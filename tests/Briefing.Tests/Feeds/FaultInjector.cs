using System.Reflection;

namespace Briefing.Tests.Feeds;

/// <summary>
/// Wraps a real store and makes chosen calls fail (a refused row, a lost connection) while every other call goes to
/// the real database. A proxy rather than a hand-written decorator, so it keeps up with the interface.
/// </summary>
public class FaultInjector<T> : DispatchProxy where T : class
{
    private T _inner = null!;
    private Func<string, object?[], bool> _fails = null!;

    /// <summary><paramref name="fails"/> gets the method name and arguments; true makes that call fail.</summary>
    public static T Wrap(T inner, Func<string, object?[], bool> fails)
    {
        var proxy = Create<T, FaultInjector<T>>();
        var injector = (FaultInjector<T>)(object)proxy;
        injector._inner = inner;
        injector._fails = fails;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        args ??= [];
        if (!_fails(targetMethod.Name, args))
        {
            return targetMethod.Invoke(_inner, args);
        }

        var fault = new InvalidOperationException($"injected fault in {targetMethod.Name}");
        if (targetMethod.ReturnType == typeof(Task))
        {
            return Task.FromException(fault);
        }

        // Task<TResult>: a faulted task of the method's own result type.
        var result = targetMethod.ReturnType.GetGenericArguments()[0];
        var fromException = typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!.MakeGenericMethod(result);
        return fromException.Invoke(null, [fault]);
    }
}
