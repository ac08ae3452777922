using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord.Tests;

/// <summary><c>Discord:ShardIds</c> with <c>Discord:ShardCount</c>: what a process runs, and the one-line errors for what it cannot.</summary>
public sealed class ShardIdListTests
{
    [Theory]
    [InlineData("0-3", 4, new[] { 0, 1, 2, 3 })]
    [InlineData("0,2", 4, new[] { 0, 2 })]
    [InlineData(" 2 - 3 , 0 ", 4, new[] { 0, 2, 3 })]
    [InlineData("5", 8, new[] { 5 })]
    public void Ranges_and_lists_give_the_ids_in_order(string text, int count, int[] expected) =>
        Assert.Equal(expected, ShardIdList.Parse(text, count));

    [Theory]
    [InlineData("0-4", 4, "shard 4 is outside 0-3 (Discord:ShardCount is 4)")]
    [InlineData("7", 2, "shard 7 is outside 0-1 (Discord:ShardCount is 2)")]
    [InlineData("3-1", 4, "'3-1' is a range that ends before it starts")]
    [InlineData("0-1,1", 4, "shard 1 is listed twice")]
    [InlineData("a", 4, "'a' is not a shard id or a range such as 0-3")]
    [InlineData("-1", 4, "'-1' is not a shard id or a range such as 0-3")]
    [InlineData("0,,1", 4, "'' is not a shard id or a range such as 0-3")]
    [InlineData(" ", 4, "is empty; expected a range such as 0-3 or a list such as 0,2")]
    public void Bad_lists_name_what_is_wrong(string text, int count, string error) =>
        Assert.Equal(error, Assert.Throws<FormatException>(() => ShardIdList.Parse(text, count)).Message);

    [Theory]
    [InlineData(null, null, 1, new[] { 0 })]
    [InlineData(null, null, 3, new[] { 0, 1, 2 })]
    [InlineData(null, 2, 4, new[] { 2 })]
    [InlineData("1-2", 0, 4, new[] { 1, 2 })]
    public void Without_shard_ids_a_process_runs_its_shard_id_or_else_every_shard(string? shardIds, int? shardId, int count, int[] expected)
    {
        var options = new DiscordOptions { ShardIds = shardIds, ShardId = shardId, ShardCount = count };

        Assert.Empty(Validate(options));
        Assert.Equal(expected, options.ResolveShardIds());
    }

    [Theory]
    [InlineData("0-4", null, "ShardIds", "shard 4 is outside 0-3 (Discord:ShardCount is 4)")]
    [InlineData(null, 4, "ShardId", "shard 4 is outside 0-3 (Discord:ShardCount is 4)")]
    public void Validation_names_the_key_and_the_problem(string? shardIds, int? shardId, string member, string error)
    {
        var failure = Assert.Single(Validate(new DiscordOptions { ShardIds = shardIds, ShardId = shardId, ShardCount = 4 }));

        Assert.Equal(member, Assert.Single(failure.MemberNames));
        Assert.Equal(error, failure.ErrorMessage);
    }

    private static List<ValidationResult> Validate(DiscordOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
