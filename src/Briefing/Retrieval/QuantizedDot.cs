using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Briefing.Retrieval;

/// <summary>
/// Vectors as signed bytes (each component scaled by 127 / the vector's largest magnitude) and their dot product:
/// a quarter of the memory a float scan has to stream, which is what bounds a scan over 100,000 vectors.
/// </summary>
internal static class QuantizedDot
{
    /// <summary>Writes the codes of <paramref name="vector"/> and returns the scale that turns a code back into a value.</summary>
    public static float Encode(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var largest = 0f;
        foreach (var value in vector)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        if (largest == 0f)
        {
            codes.Clear();
            return 0f;
        }

        var toCode = 127f / largest;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Round(vector[i] * toCode);
        }

        return largest / 127f;
    }

    /// <summary>The integer dot product of two code vectors of the same length.</summary>
    public static int Dot(ReadOnlySpan<sbyte> left, ReadOnlySpan<sbyte> right)
    {
        var sum = 0;
        var i = 0;
        if (Avx2.IsSupported && left.Length >= Vector256<sbyte>.Count)
        {
            var total = Vector256<int>.Zero;
            ref var a = ref MemoryMarshal.GetReference(left);
            ref var b = ref MemoryMarshal.GetReference(right);
            for (; i <= left.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref a, (nuint)i));
                var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref b, (nuint)i));
                // Pairs of 16-bit products summed into 32-bit lanes: at most 2 * 127 * 127, no overflow.
                total += Avx2.MultiplyAddAdjacent(aLow, bLow) + Avx2.MultiplyAddAdjacent(aHigh, bHigh);
            }

            sum = Vector256.Sum(total);
        }

        for (; i < left.Length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }
}
