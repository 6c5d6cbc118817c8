package org.kundenportal.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The production profile never starts on a database anyone could guess the way in to. */
class ProductionDatabaseGuardTest {

    private static final String URL = "jdbc:mariadb://db:3306/kundenportal";

    private static MockEnvironment production(String url, String password) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(ProductionDatabaseGuard.PROFILE);
        if (url != null) {
            environment.setProperty("spring.datasource.url", url);
        }
        if (password != null) {
            environment.setProperty("spring.datasource.password", password);
        }
        return environment;
    }

    @Test
    void productionRefusesTheComposeFilesFormerDefaultPasswords() {
        assertThatThrownBy(() -> ProductionDatabaseGuard.refuseWeakDatabase(production(URL, "change-me")))
                .isInstanceOf(WeakDatabaseSecretException.class)
                .hasMessageContaining("well-known default")
                .hasMessageNotContaining("change-me");
        assertThat(ProductionDatabaseGuard.problem(URL, " Change-Me-Too ")).isPresent();
        assertThat(ProductionDatabaseGuard.problem(URL, "password")).isPresent();
    }

    @Test
    void productionRefusesAnEmptyPassword() {
        assertThat(ProductionDatabaseGuard.problem(URL, null)).get().asString().contains("DB_PASSWORD is empty");
        assertThat(ProductionDatabaseGuard.problem(URL, "  ")).get().asString().contains("DB_PASSWORD is empty");
    }

    @Test
    void productionRefusesTheEmbeddedDatabaseWithItsPasswordlessRoot() {
        assertThatThrownBy(() -> ProductionDatabaseGuard.refuseWeakDatabase(production(null, "Lang-und-zufällig-42")))
                .isInstanceOf(WeakDatabaseSecretException.class)
                .hasMessageContaining("DB_URL is empty");
    }

    @Test
    void productionStartsWithAPasswordOfItsOwn() {
        assertThatCode(() -> ProductionDatabaseGuard.refuseWeakDatabase(production(URL, "q7Vx-Lmz3-Tr9w-Kd2e")))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutTheProductionProfileTheEmbeddedDatabaseIsFine() {
        MockEnvironment development = new MockEnvironment();
        development.setActiveProfiles("test");
        assertThatCode(() -> ProductionDatabaseGuard.refuseWeakDatabase(development)).doesNotThrowAnyException();
    }
}
