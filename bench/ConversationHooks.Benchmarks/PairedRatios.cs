using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ConversationHooks.Benchmarks;

/// <summary>
/// Ratios that hold on a machine whose speed drifts over minutes. BenchmarkDotNet measures one case
/// after another, so a baseline and ours may meet different speeds. Here the two alternate in blocks
/// of about <see cref="BlockMilliseconds"/> ms (which of them goes first alternates too); each pair of
/// blocks gives one ratio, and the median over the pairs is reported with its middle half.
/// </summary>
internal static class PairedRatios
{
    private const double BlockMilliseconds = 10;
    private const int Pairs = 41;

    /// <summary>How many times faster ours is than the baseline: the median and the middle half of the pairs.</summary>
    public sealed record Ratio(double Median, double LowerQuartile, double UpperQuartile);

    /// <summary>For each non-baseline <c>[Benchmark]</c> of <paramref name="benchmarks"/> (by method name), its ratio to the baseline.</summary>
    public static IReadOnlyDictionary<string, Ratio> Measure(Type benchmarks)
    {
        var instance = Activator.CreateInstance(benchmarks)!;
        var methods = benchmarks.GetMethods(BindingFlags.Public | BindingFlags.Instance);
        foreach (var setup in methods.Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var cases = methods.Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>())).Where(c => c.Attribute is not null).ToList();
        var baseline = Block.For(instance, cases.Single(c => c.Attribute!.Baseline).Method);
        return cases.Where(c => !c.Attribute!.Baseline).ToDictionary(c => c.Method.Name, c => Compare(baseline, Block.For(instance, c.Method)));
    }

    private static Ratio Compare(Block baseline, Block ours)
    {
        var ratios = new double[Pairs];
        for (var pair = -2; pair < Pairs; pair++)
        {
            // The first two pairs warm up (the JIT's tiers) and are not kept.
            var (first, second) = pair % 2 == 0 ? (ours, baseline) : (baseline, ours);
            var firstTime = first.NanosecondsPerCall();
            var secondTime = second.NanosecondsPerCall();
            if (pair >= 0)
            {
                ratios[pair] = first == baseline ? firstTime / secondTime : secondTime / firstTime;
            }
        }

        Array.Sort(ratios);
        return new Ratio(ratios[Pairs / 2], ratios[Pairs / 4], ratios[3 * Pairs / 4]);
    }

    /// <summary>One benchmark method called in a loop long enough to time (calibrated once).</summary>
    private sealed class Block
    {
        private readonly Action _call;
        private readonly int _calls;

        private Block(Action call)
        {
            _call = call;
            _calls = 1;
            while (Time(_calls) < BlockMilliseconds * 1e6 && _calls < int.MaxValue / 2)
            {
                _calls *= 2;
            }
        }

        public static Block For(object instance, MethodInfo method)
        {
            // A compiled call that stores the result where the JIT cannot drop it (no boxing, no reflection per call).
            Expression call = Expression.Call(Expression.Constant(instance), method);
            if (method.ReturnType != typeof(void))
            {
                call = Expression.Assign(Expression.Field(null, typeof(Sink<>).MakeGenericType(method.ReturnType).GetField(nameof(Sink<int>.Value))!), call);
            }

            return new Block(Expression.Lambda<Action>(call).Compile());
        }

        public double NanosecondsPerCall() => Time(_calls) / _calls;

        private double Time(int calls)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                _call();
            }

            return (Stopwatch.GetTimestamp() - start) * (1e9 / Stopwatch.Frequency);
        }
    }

    private static class Sink<T>
    {
        // Written by the compiled expressions in Block.For, which the compiler does not see.
#pragma warning disable CS0649
        public static T? Value;
#pragma warning restore CS0649
    }
}
