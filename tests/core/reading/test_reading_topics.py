"""The topic in each language: the broader vocabulary (resources/reading/<lang>/topics.toml) both ways, and
a cancellation said as a threat to leave, which is no subject."""

from __future__ import annotations

import pytest

from calmdesk.core.reading import read_message


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Appliances and furniture that fail are damaged goods, even with an error code or a technician.
        ("Der Kühlschrank kühlt nicht mehr, seit einer Woche. Meine Bestellung war teuer genug.", "damaged"),
        ("La secadora hace un ruido horrible y se apaga sola a los diez minutos.", "damaged"),
        ("Le lave-vaisselle affiche une erreur et ne chauffe plus depuis hier.", "damaged"),
        ("O ventilador que eu comprei faz barulho e desliga sozinho.", "damaged"),
        # ... while a program's error stays technical.
        ("Die App zeigt seit dem Update nur einen Fehler und eine weiße Seite.", "technical"),
        ("El programa de nóminas se cuelga cada vez que exporto, pantalla en blanco.", "technical"),
        ("Le logiciel de réservation se fige, écran blanc, impossible de travailler.", "technical"),
        ("O sistema está fora do ar desde cedo, tela branca pra todo mundo aqui.", "technical"),
        # The words of other businesses: food delivery, telecoms, gyms, banks.
        ("Mein Essen kam eiskalt und eine Stunde zu spät, der Fahrer hat nicht mal geklingelt.", "delivery"),
        ("Mi cena llegó fría, el repartidor la dejó en la portería sin avisar.", "delivery"),
        ("Vous avez augmenté mon forfait mobile sans prévenir, 5 euros de plus par mois.", "billing"),
        ("A mensalidade da academia teve reajuste sem aviso nenhum.", "billing"),
        ("Ich wurde einfach weitergeleitet und dann abgewimmelt, niemand kümmert sich.", "service"),
        ("Fui hackeada, alguém trocou o e-mail da minha conta e não consigo acessar.", "account"),
    ],
)
def test_the_broader_vocabulary_names_the_subject(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        # "no carga" (does not load) is the app's, not a flat battery's: no damaged guess from it.
        ("La aplicación no carga desde ayer, se queda la pantalla en blanco.", "damaged"),
        # "o dinheiro não caiu" is a refund that has not arrived, not a fallen connection.
        ("Devolvi o tênis há um mês e o dinheiro do reembolso ainda não caiu.", "technical"),
        # An invoice that is wrong is billing, not a wrong item.
        ("Die Rechnung ist falsch, Sie haben mir 30 Euro zu viel berechnet.", "wrong_item"),
        # "traité" is also a processed order: no service complaint from it.
        ("Ma commande a été traitée hier, pouvez-vous me dire quand elle sera expédiée ?", "service"),
    ],
)
def test_the_broader_vocabulary_does_not_overreach(text: str, not_topic: str) -> None:
    assert read_message(text).topic != not_topic


@pytest.mark.parametrize(
    "text",
    [
        "If the internet isn't fixed by Friday I'll cancel my contract and go to another provider.",
        "Si no me arreglan la fibra esta semana, me doy de baja y me voy a otra compañía.",
        "Wenn das Internet bis morgen nicht geht, kündige ich den Vertrag und wechsle den Anbieter.",
        "Se a internet não voltar até amanhã, vou cancelar o plano e mudar de operadora.",
    ],
)
def test_a_cancellation_threatened_on_a_condition_is_not_the_subject(text: str) -> None:
    reading = read_message(text)
    assert "leave" in reading.threats
    assert reading.topic == "technical"


@pytest.mark.parametrize(
    "text",
    [
        "The app keeps crashing. I'm cancelling my subscription and going elsewhere.",
        "Please cancel my broadband, I'm switching to another provider.",
        "Quero cancelar minha assinatura. Nunca mais compro aqui.",
    ],
)
def test_a_cancellation_said_outright_stays_the_subject(text: str) -> None:
    assert read_message(text).topic == "cancellation"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # English from businesses other than a parcel shop (resources/reading/topics.toml).
        ("My driver didn't show up with the shopping at all today.", "delivery"),
        ("The office chair is wobbling and the base rattles when I sit down.", "damaged"),
        ("They substituted my oat milk with soya, which I can't drink.", "wrong_item"),
        ("Could you send me a returns label for the boots?", "refund"),
        ("My bill went up by £6 this month with no warning.", "billing"),
        ("How do I upgrade my plan to the family one?", "account"),
        ("The dashboard keeps buffering and the plugin won't sync.", "technical"),
        ("Forty minutes in the chat queue and then I was told to email instead.", "service"),
        ("I'd like to leave the gym before it renews in May.", "cancellation"),
    ],
)
def test_english_words_of_other_businesses_name_the_subject(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "The match was great, thanks for the tickets!",  # a game's words in a thank-you
        "Please call me back when you have a moment about my order.",  # asking for a call is no complaint
    ],
)
def test_english_words_of_other_businesses_do_not_make_a_complaint(text: str) -> None:
    assert read_message(text).topic not in ("technical", "service")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("This is my third e-mail and nobody answers. The fridge stopped working a week ago.", "damaged"),
        ("Ordered a cot, it arrived broken, and your customer service hung up on me.", "damaged"),
        (
            "Das ist meine dritte Mail und niemand antwortet. Der Fernseher funktioniert nicht.",
            "damaged",
        ),
    ],
)
def test_how_the_service_was_gives_way_to_the_problem_it_was_about(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "Nobody answers my e-mails and your agent hung up on me twice.",
        "Niemand antwortet auf meine Mails, und Ihr Mitarbeiter war unhöflich.",
    ],
)
def test_how_the_service_was_is_the_subject_when_nothing_else_is(text: str) -> None:
    assert read_message(text).topic == "service"
