"""Messages read in the customer's own language (es, de, fr, pt): the language told, then its own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.reading import builtin_knowledge, load_knowledge, read_message
from calmdesk.core.reading.for_reply import complaint_fields
from calmdesk.core.reading.knowledge import READING_FOLDER, knowledge_for


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mein Paket ist immer noch nicht da, ich warte seit zehn Tagen.", "de"),
        ("Unverschämt! Ich wechsle.", "de"),  # two words of its own: "ich" and the "ä"
        ("Mi pedido todavía no ha llegado y nadie me contesta.", "es"),
        ("Mon colis n'est toujours pas arrivé, c'est la troisième fois que j'écris.", "fr"),
        ("Meu pedido ainda não chegou e ninguém responde.", "pt"),
        ("Hi, my Bestellung never arrived and I want my money back.", "en"),  # one German word in English
        ("Thank you so much, Grazie!", "en"),
        ("Order 55120?", ""),  # nothing to tell a language by: read as English, no language claimed
    ],
)
def test_the_language_of_a_message_is_told_by_its_common_words(text: str, language: str) -> None:
    assert read_message(text).language == language


@pytest.mark.parametrize(
    ("text", "topic", "asks", "threats"),
    [
        ("Ich will mein Geld zurück, sonst gehe ich zum Anwalt!", "refund", {"refund"}, {"legal"}),
        ("La lavadora llegó rota. Quiero una sustitución o dejo una reseña.", "damaged", {"replacement"},
         {"public"}),
        ("Pourquoi ai-je été prélevé deux fois ? Sinon je fais opposition à ma banque.", "billing",
         {"explanation"}, {"chargeback"}),
        ("Quero cancelar minha assinatura. Nunca mais compro aqui.", "cancellation", {"cancel"}, {"leave"}),
    ],
)  # fmt: skip
def test_a_message_is_read_with_its_own_languages_words(
    text: str, topic: str, asks: set[str], threats: set[str]
) -> None:
    reading = read_message(text)
    assert (reading.topic, set(reading.asks), set(reading.threats)) == (topic, asks, threats)
    assert reading.anger >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Que legal, chegou tudo certo! Obrigada.",  # "legal" is "nice" in Portuguese: no English threat word
        "Ich möchte keine Erstattung, nur die richtige Größe.",  # negated in German
        "No quiero un reembolso, solo la talla correcta.",
    ],
)
def test_english_cues_and_negated_asks_do_not_read_into_another_language(text: str) -> None:
    reading = read_message(text)
    assert reading.threats == ()
    assert "refund" not in reading.asks


def test_a_calm_message_in_another_language_is_nothing_to_show() -> None:
    reading = read_message("Vielen Dank für die schnelle Hilfe, alles bestens!")
    assert reading.language == "de"
    assert reading.is_empty


def test_a_complaint_started_from_a_message_is_answered_in_its_language() -> None:
    assert complaint_fields(read_message("Mi pedido todavía no ha llegado, ¿dónde está?"))["lang"] == "es"
    assert complaint_fields(read_message("Order 55120?"))["lang"] == ""  # the agent's own language


def test_each_languages_knowledge_is_loaded_once_and_keeps_the_team_folders(tmp_path: Path) -> None:
    folder = tmp_path / "pack" / READING_FOLDER / "de"
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text('[topic.damaged]\ncues = ["hinüber"]\n', encoding="utf-8")
    knowledge = load_knowledge([tmp_path / "pack"])
    german = knowledge_for(knowledge, "de")
    assert german is knowledge_for(knowledge, "de")
    assert german.lang == "de"
    assert german.problems == ()
    text = "Das Ding ist leider hinüber, ich bin sehr enttäuscht."  # no built-in word names its subject
    assert read_message(text, knowledge).topic == "damaged"  # the team's German word
    assert read_message(text).topic != "damaged"  # not a built-in one


def test_every_languages_built_in_data_loads_clean() -> None:
    for lang in ("en", "es", "de", "fr", "pt"):
        assert builtin_knowledge(lang).problems == (), lang


def test_the_tips_a_threat_raises_are_in_the_agents_language_whatever_the_message_is_in() -> None:
    from calmdesk.core.reading.for_reply import Offered, read_offered

    spanish = [Offered("Si no me devuelven el dinero, hablaré con mi abogado.")]
    english = [Offered("Refund me or my lawyer will hear about this.")]
    in_german = read_offered(spanish, set(), builtin_knowledge(), tips_lang="de")
    assert in_german.reading is not None
    assert in_german.reading.language == "es"
    assert in_german.tips
    assert all(tip.threat == "legal" and tip.step == "take_ownership" for tip in in_german.tips)
    assert "Anwalt oder Gericht" in in_german.tips[0].text
    in_english = read_offered(spanish, set(), builtin_knowledge())
    assert in_english.tips[0].text.startswith("They mention a lawyer")
    in_portuguese = read_offered(english, set(), builtin_knowledge(), tips_lang="pt")
    assert in_portuguese.tips[0].text.startswith("Mencionam advogado")


@pytest.mark.parametrize("lang", ["de", "es", "fr", "pt"])
def test_every_language_has_its_own_tips_for_every_threat(lang: str) -> None:
    english = builtin_knowledge().tips
    own = builtin_knowledge(lang).tips
    assert set(own) == set(english)
    for key, (step, tips) in own.items():
        assert step == english[key][0]  # the same step as the English tips
        assert tips
        assert not set(tips) & set(english[key][1])  # none of them English


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("Kein Problem, ich warte gern. Danke!", True),  # a negation is no annoyance
        ("Sin prisa, no pasa nada. ¡Gracias!", True),
        ("Mon colis n'est toujours pas arrivé depuis trois semaines.", False),  # still, for weeks
        ("Meu pedido ainda não chegou, já faz dias.", False),
    ],
)
def test_a_negation_alone_is_no_annoyance(text: str, calm: bool) -> None:
    assert (read_message(text).anger == 0) is calm


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Kundin Petra Klein rief an, Rechnung doppelt abgebucht. Ruhig. Möchte eine Gutschrift.", "Ruhig"),
        ("Appel de Mme Claire Petit, facture payée deux fois. Calme. Souhaite un remboursement.", "Calme"),
    ],
)
def test_an_agents_note_in_another_language_is_told_by_its_own_caller_words(text: str, said: str) -> None:
    # A note opened by the language's caller words ([name] caller), not only by the English "Customer ...":
    # the mood the agent wrote down decides, and is shown.
    reading = read_message(text)
    assert [e.text for e in reading.evidence if e.field == "anger"][:1] == [said]
    assert reading.anger == 0


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # A request lead, then what is wanted, in each language's own words (<lang>/requests.toml).
        ("Ich hätte gern das Geld für die Versandkosten zurück.", {"refund"}),
        ("Ich wollte fragen, ob Sie mir das Geld zurückerstatten können.", {"refund"}),  # the verb comes last
        ("Bitte schicken Sie mir den fehlenden Stuhl nach.", {"replacement"}),  # a separable verb
        ("Die Kundin möchte, dass ihre Daten gelöscht werden.", {"delete_data"}),
        ("Me gustaría que me cambiaran la chaqueta por una talla más.", {"replacement"}),
        ("¿Podríais mandarme el cable que falta en la caja?", {"replacement"}),
        ("Necesito que me llamen hoy mismo.", {"callback"}),
        ("Je voudrais qu'on me rembourse les frais de livraison.", {"refund"}),
        ("Merci de me rappeler demain matin.", {"callback"}),
        ("Est-ce possible d'avoir un bon d'achat pour le retard ?", {"compensation"}),
        ("Gostaria que me devolvessem o dinheiro da compra.", {"refund"}),
        ("Preciso de um técnico aqui em casa, o ar condicionado parou.", {"repair"}),
        ("Por favor, excluam meu cadastro e todos os meus dados.", {"delete_data"}),
    ],
)
def test_an_ask_in_the_customers_own_words_is_read_in_their_language(text: str, asks: set[str]) -> None:
    assert set(read_message(text).asks) == asks


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte nicht zurückgerufen werden, bitte nur per Mail.",  # the lead is negated
        "Bitte entschuldigen Sie die späte Antwort, das Paket ist jetzt da.",  # the customer's own apology
        "No necesito que me llamen, basta con un correo.",
        "Pido disculpas por el malentendido, ya lo he encontrado.",
        "Je ne souhaite pas être rappelé, un mail suffit.",
        "Je vous demande pardon pour le malentendu.",
        "Merci de votre aide, bonne journée.",
        "Não precisa me ligar, só responder aqui.",
        "Peço desculpas pela demora em responder.",
    ],
)
def test_a_lead_that_asks_nothing_or_is_negated_gives_no_ask(text: str) -> None:
    assert read_message(text).asks == ()


@pytest.mark.parametrize(
    ("text", "asks", "threats"),
    [
        # Cancelling as the price of not being helped is a threat to leave, not a request to cancel ...
        ("Ich will mein Geld, sonst kündige ich.", {"refund"}, {"leave"}),
        ("Se não resolverem hoje, eu cancelo e mudo de operadora.", set(), {"leave"}),
        # ... while saying it plainly asks for it.
        ("Hiermit kündige ich meinen Vertrag zum 31. Mai.", {"cancel"}, set()),
        ("Quiero darme de baja del gimnasio.", {"cancel"}, set()),
    ],
)
def test_a_cancellation_on_a_condition_is_a_threat_to_leave(
    text: str, asks: set[str], threats: set[str]
) -> None:
    reading = read_message(text)
    assert (set(reading.asks), set(reading.threats)) == (asks, threats)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Necesito que me llamen hoy mismo.", "es"),
        ("Merci de me rappeler demain matin.", "fr"),
        ("Por favor, excluam todos os meus dados pessoais.", "pt"),  # "todos" is Spanish too, "os" only not
    ],
)
def test_a_short_request_is_told_by_its_language(text: str, language: str) -> None:
    assert read_message(text).language == language


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("Wie bereits geschrieben, ist das Paket nie angekommen.", True),
        ("Llevo una semana sin respuesta a mi correo.", True),
        ("Personne ne me répond depuis dix jours.", True),
        ("Já escrevi para vocês e ninguém responde.", True),
        # "again" said of the goods, not of a contact: no repeat contact.
        ("Ich möchte, dass die Maschine wieder funktioniert.", False),
        ("Por favor, envíenlo de nuevo a la dirección correcta.", False),
        ("Bonjour, mon colis n'est toujours pas arrivé alors qu'il devait être livré mardi.", False),
        ("Mandem de novo, por favor, o pacote voltou.", False),
        ("¿Por qué me han cobrado dos veces el mismo pedido?", False),
    ],
)
def test_a_repeat_contact_is_a_contact_made_before(text: str, repeat: bool) -> None:
    assert read_message(text).repeat_contact is repeat


@pytest.mark.parametrize(
    "text",
    [
        "Sie buchen trotz Kündigung weiterhin ab, schon seit zwei Monaten.",
        "Me siguen cobrando la cuota después de darme de baja.",
        "On m'a encore prélevé après la résiliation de mon contrat.",
        "Continuam cobrando a mensalidade mesmo depois de cancelar.",
    ],
)
def test_a_charge_after_a_cancellation_is_about_billing_and_asks_no_cancel(text: str) -> None:
    reading = read_message(text)
    assert (reading.topic, reading.asks) == ("billing", ())


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # "No need to ..." in each language's words negates what follows, also across German's comma before
        # "dass"; "not only" keeps what it names.
        ("Es ist nicht nötig, dass Sie mich zurückrufen.", set()),
        ("Ich will nicht, dass Sie mir das Geld zurückerstatten, sondern einen Ersatz.", {"replacement"}),
        ("No es necesario que me llamen.", set()),
        ("Pas besoin de me rappeler.", set()),
        ("Não precisa me ligar.", set()),
        ("Ich will nicht nur eine Entschuldigung, ich will mein Geld zurück.", {"apology", "refund"}),
        ("No solo quiero una disculpa, quiero que me devuelvan el dinero.", {"apology", "refund"}),
        ("Je ne veux pas seulement des excuses, je veux être remboursé.", {"apology", "refund"}),
        ("Não quero só um pedido de desculpas, quero meu dinheiro de volta.", {"apology", "refund"}),
    ],
)
def test_no_need_negates_and_not_only_keeps_in_each_language(text: str, asks: set[str]) -> None:
    assert set(read_message(text).asks) == asks


def test_an_agents_note_in_another_language_is_told_and_read() -> None:
    french = read_message("Appel d'un client, télé rayée. Demande un échange ou un remboursement.")
    assert (french.language, set(french.asks)) == ("fr", {"refund", "replacement"})
    spanish = read_message("Cliente llamó, quiere que le devuelvan la diferencia.")  # "le": the caller
    assert spanish.asks == ("refund",)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # A negation inside the language's own condition ("si", "wenn") is the condition's: the ask stands.
        ("Si vous ne me remboursez pas, je résilie mon abonnement.", {"refund"}),
        ("Si no me devuelven el dinero, me doy de baja.", {"refund"}),
        # A negation stops at the language's own clause words ("sondern", "mais"), as at a comma.
        ("Ich will keinen Anruf sondern mein Geld zurück.", {"refund"}),
        ("Je ne veux pas d'appel mais un remboursement.", {"refund"}),
    ],
)
def test_conditions_and_clauses_are_the_languages_own(text: str, asks: set[str]) -> None:
    assert set(read_message(text).asks) == asks


def test_asking_for_the_money_back_is_an_ask_not_the_problem() -> None:
    # As in English: "rembourser" names what is wanted; what went wrong ("cassée") is the topic.
    reading = read_message("Ma commande est arrivée cassée. Si vous ne me remboursez pas, je laisse un avis.")
    assert (reading.topic, reading.asks, reading.threats) == ("damaged", ("refund",), ("public",))
