using System.Buffers.Binary;

namespace Briefing.Embeddings;

/// <summary>How a vector is stored: little-endian float32, four bytes a dimension, on both providers.</summary>
public static class EmbeddingVector
{
    public static byte[] ToBytes(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    /// <summary>
    /// The vector, or null when the bytes are not one: a wrong length, or a value that is not a finite number.
    /// A null here means "compute it again", never an error.
    /// </summary>
    public static float[]? FromBytes(byte[]? bytes, int dimensions)
    {
        if (bytes is null || bytes.Length != dimensions * sizeof(float))
        {
            return null;
        }

        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            var value = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
            if (!float.IsFinite(value))
            {
                return null;
            }

            vector[i] = value;
        }

        return vector;
    }

    /// <summary>The dot product; for unit vectors, the cosine similarity.</summary>
    public static double Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var length = Math.Min(left.Length, right.Length);
        var sum = 0f;
        var i = 0;
        var width = System.Numerics.Vector<float>.Count;
        if (System.Numerics.Vector.IsHardwareAccelerated && length >= width)
        {
            var acc = System.Numerics.Vector<float>.Zero;
            for (; i <= length - width; i += width)
            {
                acc += new System.Numerics.Vector<float>(left[i..]) * new System.Numerics.Vector<float>(right[i..]);
            }

            sum = System.Numerics.Vector.Sum(acc);
        }

        for (; i < length; i++)
        {
            sum += left[i] * right[i];
        }

        return sum;
    }

    /// <summary>The vector scaled to length 1 (unchanged when it is all zeros), so a dot product is a cosine.</summary>
    public static float[] Normalize(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var norm = Math.Sqrt(Dot(vector, vector));
        if (norm <= 0 || !double.IsFinite(norm))
        {
            return vector;
        }

        return vector.Select(v => (float)(v / norm)).ToArray();
    }
}
