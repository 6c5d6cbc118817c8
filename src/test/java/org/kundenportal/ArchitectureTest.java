package org.kundenportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.kundenportal.base.ui.LocalizedDatePicker;

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

    /** A plain DatePicker shows English month names and buttons whatever the user's language. */
    @ArchTest
    static final ArchRule datePickersSpeakTheUsersLanguage = noClasses()
            .that().doNotBelongToAnyOf(LocalizedDatePicker.class)
            .should().callConstructorWhere(DescribedPredicate.describe("a DatePicker constructor",
                    call -> call.getTarget().getOwner().isEquivalentTo(DatePicker.class)))
            .because("LocalizedDatePicker sets the names, format and buttons in the user's language");
}
