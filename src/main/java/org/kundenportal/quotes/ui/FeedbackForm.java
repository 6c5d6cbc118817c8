package org.kundenportal.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.kundenportal.base.security.CurrentUser;
import org.kundenportal.base.ui.Feedback;
import org.kundenportal.base.validation.RefusedException;
import org.kundenportal.quotes.domain.Quote;
import org.kundenportal.quotes.domain.QuoteService;

/** After answering a quote, the customer may rate the offer once and say what could be better. */
class FeedbackForm extends Div {

    FeedbackForm(QuoteService service, CurrentUser currentUser, Quote quote, Runnable onDone) {
        addClassName("quote-feedback");
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("quotes.feedback.rating"));
        rating.setId("feedback-rating");
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(stars -> "★".repeat(stars));
        TextArea text = new TextArea(getTranslation("quotes.feedback.text"));
        text.setId("feedback-text");
        text.setMaxLength(QuoteService.MAX_FEEDBACK);
        text.setWidthFull();
        Button send = new Button(getTranslation("quotes.feedback.send"), click -> {
            if (rating.getValue() == null) {
                rating.setErrorMessage(getTranslation("quotes.feedback.rating-required"));
                rating.setInvalid(true);
                return;
            }
            try {
                service.feedback(currentUser.scope(), quote.id(), currentUser.require().id(), rating.getValue(), text.getValue());
                Feedback.success(getTranslation("quotes.feedback.thanks"));
            } catch (RefusedException refusal) {
                Feedback.refused(refusal);
            }
            onDone.run();
        });
        send.setId("feedback-send");
        add(new H3(getTranslation("quotes.feedback.title")), rating, text, send);
    }
}
