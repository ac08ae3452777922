using System.Reflection;
using System.Runtime.ExceptionServices;
using Briefing.Digests;

namespace Briefing.Bot.Tests;

/// <summary>
/// Lets a test prove that the digest scheduler posted nothing more without waiting on the real clock. Every scheduler
/// pass starts by listing the subscriptions, and passes run one after another; so once a pass that began after the
/// test's last clock move has been followed by another, that pass has finished, and whatever it would post is posted.
/// </summary>
internal sealed class DigestPasses
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim _started = new(0);
    private int _count;

    /// <summary>Wraps the registered subscription store so that each listing (each pass) is counted.</summary>
    public static DigestPasses Install(IServiceCollection services)
    {
        var passes = new DigestPasses();
        var registered = services.Last(d => d.ServiceType == typeof(IDigestSubscriptionStore));
        services.Add(ServiceDescriptor.Describe(typeof(IDigestSubscriptionStore), provider => ListingCounter.Wrap(Resolve(registered, provider), passes.Started), registered.Lifetime));
        return passes;
    }

    /// <summary>
    /// Moves the clock on by <paramref name="checkInterval"/> until two more passes have started, which means the first
    /// of them (which saw the clock as the test left it, or later) has run to its end. The wait is bounded (a broken
    /// scheduler fails the test); it is never what the test relies on.
    /// </summary>
    public async Task CompleteOneAsync(FakeTimeProvider clock, TimeSpan checkInterval)
    {
        var target = Volatile.Read(ref _count) + 2;
        while (Volatile.Read(ref _count) < target)
        {
            clock.Advance(checkInterval);
            Assert.True(await _started.WaitAsync(Bound), $"the digest scheduler made no pass within {Bound.TotalSeconds} s");
        }
    }

    private void Started()
    {
        Interlocked.Increment(ref _count);
        _started.Release();
    }

    private static IDigestSubscriptionStore Resolve(ServiceDescriptor registered, IServiceProvider provider) =>
        (IDigestSubscriptionStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    /// <summary>Passes every call through; a ListAsync call is reported first.</summary>
    public class ListingCounter : DispatchProxy
    {
        private IDigestSubscriptionStore _inner = null!;
        private Action _listing = null!;

        public static IDigestSubscriptionStore Wrap(IDigestSubscriptionStore inner, Action listing)
        {
            var proxy = Create<IDigestSubscriptionStore, ListingCounter>();
            var counter = (ListingCounter)(object)proxy;
            counter._inner = inner;
            counter._listing = listing;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IDigestSubscriptionStore.ListAsync)) _listing();
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        }
    }
}
