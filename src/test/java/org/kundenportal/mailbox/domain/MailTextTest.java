package org.kundenportal.mailbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void decodesAQuotedPrintablePlainMail() throws Exception {
        MimeMessage mail = parse("""
                Subject: =?UTF-8?Q?Einladung_f=C3=BCr_J=C3=BCrgen?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Gr=C3=BC=C3=9Fe, J=C3=BCrgen. Ihr Link: https://portal.example.com/invitatio=
                n?token=3Dabcdefghijklmnopqrstuvwxyz0123456789
                """);

        assertThat(mail.getSubject()).isEqualTo("Einladung für Jürgen");
        assertThat(MailText.of(mail)).isEqualTo(
                "Grüße, Jürgen. Ihr Link: https://portal.example.com/invitation?token=abcdefghijklmnopqrstuvwxyz0123456789\r\n");
    }

    @Test
    void prefersTheTextPartOfAMultipartMail() throws Exception {
        String text = Base64.getEncoder().encodeToString("Schöne Grüße als Text".getBytes(StandardCharsets.UTF_8));
        MimeMessage mail = parse("""
                Subject: Test
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <p>Sch=C3=B6ne Gr=C3=BC=C3=9Fe als HTML</p>
                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(text));

        assertThat(MailText.of(mail)).isEqualTo("Schöne Grüße als Text");
    }

    @Test
    void showsTheTextOfAnHtmlOnlyMailWithItsLinks() throws Exception {
        MimeMessage mail = parse("""
                Subject: Test
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <p>Hallo J=C3=BCrgen,</p><p><a href=3D"https://portal.example.com/i?t=3D1">Einladung annehmen</a></p>
                --b1--
                """);

        assertThat(MailText.of(mail)).isEqualTo("Hallo Jürgen,\n\nEinladung annehmen (https://portal.example.com/i?t=1)");
    }
}
