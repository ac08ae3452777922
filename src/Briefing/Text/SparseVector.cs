namespace Briefing.Text;

/// <summary>A sparse term-weight vector (term ids ascending), L2-normalised so a dot product is a cosine.</summary>
public sealed class SparseVector
{
    private readonly int[] _terms;
    private readonly double[] _weights;

    public SparseVector(IReadOnlyDictionary<int, double> weights)
    {
        _terms = [.. weights.Keys.Order()];
        _weights = new double[_terms.Length];
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        for (var i = 0; i < _terms.Length; i++)
        {
            _weights[i] = norm > 0 ? weights[_terms[i]] / norm : 0;
        }
    }

    public int Count => _terms.Length;

    public ReadOnlySpan<int> Terms => _terms;

    public double Weight(int index) => _weights[index];

    public bool IsEmpty => _terms.Length == 0;

    /// <summary>Cosine similarity (both vectors are unit length): a merge over the sorted term ids.</summary>
    public double Cosine(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < _terms.Length && j < other._terms.Length)
        {
            var a = _terms[i];
            var b = other._terms[j];
            if (a == b)
            {
                sum += _weights[i++] * other._weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }
}
