using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class ForeignDateLineTests
{
    [Theory]
    [InlineData("4 mars 2025", 2025, 3, 4)]
    [InlineData("Publié le 1er août 2024", 2024, 8, 1)]
    [InlineData("Mis à jour le mardi 4 mars 2025 à 09h15", 2025, 3, 4)]
    [InlineData("4. März 2025", 2025, 3, 4)]
    [InlineData("Veröffentlicht am 12. Dezember 2023, 10:30 Uhr", 2023, 12, 12)]
    [InlineData("4 de marzo de 2025", 2025, 3, 4)]
    [InlineData("Publicado el jueves, 9 de octubre de 2025", 2025, 10, 9)]
    [InlineData("Pubblicato il 21 settembre 2022", 2022, 9, 21)]
    [InlineData("15 de fevereiro de 2021", 2021, 2, 15)]
    [InlineData("Gepubliceerd op 3 maart 2025", 2025, 3, 3)]
    public void A_date_line_in_another_language_gives_its_date(string line, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), DateLine.Parse(line));
    }

    [Theory]
    [InlineData("Le 4 mars 2025, le conseil a fermé la bibliothèque du quartier.")]   // a sentence with a date in it
    [InlineData("31 février 2025")]                                                    // no such day
    [InlineData("4 brumaire 2025")]                                                    // a month name not on the list
    public void Other_lines_in_another_language_are_not_date_lines(string line)
    {
        Assert.Null(DateLine.Parse(line));
    }
}
