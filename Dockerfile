# Multi-stage build: restore -> build -> test -> publish -> runtime.
# Configuration comes from environment variables (Discord__Token, OpenAI__ApiKey, Storage__ConnectionString, ...).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS restore
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Bot.sln .editorconfig ./
COPY src/Briefing/Briefing.csproj src/Briefing/
COPY src/Briefing.Discord/Briefing.Discord.csproj src/Briefing.Discord/
COPY src/Briefing.Bot/Briefing.Bot.csproj src/Briefing.Bot/
COPY tests/Briefing.Tests/Briefing.Tests.csproj tests/Briefing.Tests/
COPY tests/Briefing.Discord.Tests/Briefing.Discord.Tests.csproj tests/Briefing.Discord.Tests/
COPY tests/Briefing.Bot.Tests/Briefing.Bot.Tests.csproj tests/Briefing.Bot.Tests/
COPY tests/Briefing.Benchmarks/Briefing.Benchmarks.csproj tests/Briefing.Benchmarks/
COPY tests/Briefing.Testing/Briefing.Testing.csproj tests/Briefing.Testing/
COPY tools/Briefing.Eval/Briefing.Eval.csproj tools/Briefing.Eval/
RUN dotnet restore Bot.sln

FROM restore AS build
COPY . .
RUN dotnet build Bot.sln -c Release --no-restore

FROM build AS test
# PostgreSQL-backed tests skip outside CI when no server is reachable; SQLite tests run here.
RUN dotnet test Bot.sln -c Release --no-build

FROM test AS publish
RUN dotnet publish src/Briefing.Bot/Briefing.Bot.csproj -c Release --no-restore -o /app/publish

# The ASP.NET Core runtime: the bot serves /healthz and /readyz on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app/publish .
ENV DOTNET_ENVIRONMENT=Production \
    Storage__ConnectionString="Data Source=/app/data/briefing.db" \
    Health__Urls=http://0.0.0.0:8080
RUN mkdir -p /app/data && chown -R $APP_UID /app/data
VOLUME /app/data
USER $APP_UID
EXPOSE 8080
# The image has no curl or wget: the bot's own `healthcheck` verb GETs /healthz on the Health__Urls port.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "Briefing.Bot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Briefing.Bot.dll"]
