"""How a message in another language is said: a question that asks reads calmer ([anger] asking, after
[anger] greeting), and many contacts weigh more than one ([anger] repeated), as in English."""

from __future__ import annotations

import pytest

from calmdesk.core.reading import read_message


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, können Sie mir sagen, wann meine Bestellung verschickt wird?",
        "Hola, ¿me podéis decir cuándo sale mi pedido?",
        "Bonjour, est-ce que vous livrez en Suisse ?",
        "Oi, vocês podem me dizer quando meu pedido vai chegar?",
        "Bom dia! É possível trocar o endereço de entrega do pedido?",
    ],
)
def test_a_message_that_opens_by_asking_reads_calm(text: str) -> None:
    assert read_message(text).anger == 0


@pytest.mark.parametrize(
    "text",
    [
        # The same opener, no question: a statement of a problem, annoyed at least.
        "Hallo, können Sie endlich liefern. Ich warte seit zwei Wochen auf mein Paket.",
        # A question, but not one that asks: why, where, after a complaint.
        "Mi pedido no ha llegado y nadie contesta. ¿Cuándo pensáis arreglarlo?",
        "Oi, meu pedido ainda não chegou. Vocês podem me explicar o atraso?",
    ],
)
def test_a_question_after_a_complaint_or_without_a_question_mark_is_no_calm_asking(text: str) -> None:
    assert read_message(text).anger >= 1


@pytest.mark.parametrize(
    ("many", "once"),
    [
        ("Ich habe dreimal wegen der Rechnung angerufen.", "Ich habe einmal wegen der Rechnung angerufen."),
        ("Llamé cuatro veces por la factura.", "Llamé una vez por la factura."),
        ("J'ai appelé trois fois pour la facture.", "J'ai appelé une fois pour la facture."),
        (
            "Eu já liguei três vezes por causa da minha fatura.",
            "Eu já liguei uma vez por causa da minha fatura.",
        ),
    ],
)
def test_many_contacts_read_angrier_than_one(many: str, once: str) -> None:
    assert read_message(many).anger == 2
    assert read_message(once).anger == 1


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The mood an agent wrote down decides a note: a strong one made stronger is furious ...
        ("Kundin rief an, sehr aufgebracht wegen der Rechnung.", 3),
        ("Llamó la clienta, muy alterada por la factura.", 3),
        ("A cliente ligou muito nervosa por causa da fatura do cartão.", 3),
        ("Appel de la cliente, très énervée à cause de la facture.", 3),
        # ... the same word alone angry, and a mild one annoyed.
        ("Llamó la clienta, alterada por la factura.", 2),
        ("A cliente ligou um pouco irritada por causa da fatura do cartão.", 1),
    ],
)
def test_the_mood_an_agent_wrote_down_decides_a_note(text: str, level: int) -> None:
    assert read_message(text).anger == level
