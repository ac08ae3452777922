Console.WriteLine("Briefing: under construction");
return 0;
