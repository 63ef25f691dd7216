# Voice web app. Built from the repository root: docker build -t voice-web .
# Not run on the build machine (it has no container engine); see README.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Voice.sln ./
COPY src/Voice.Data/Voice.Data.csproj src/Voice.Data/
COPY src/Voice.Web/Voice.Web.csproj src/Voice.Web/package.json src/Voice.Web/package-lock.json src/Voice.Web/
RUN dotnet restore src/Voice.Web/Voice.Web.csproj && cd src/Voice.Web && npm ci --no-audit --no-fund
COPY src/ src/
RUN dotnet publish src/Voice.Web -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
ENV ASPNETCORE_URLS=http://+:8080 \
    Voice__ContentPath=/app/content \
    Voice__DataPath=/var/lib/voice
RUN mkdir -p /var/lib/voice && chown app /var/lib/voice
USER app
EXPOSE 8080

ENTRYPOINT ["dotnet", "Voice.Web.dll"]
