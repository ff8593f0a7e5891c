"""What the store was doing when it failed, said inside "CalmDesk could not {action}: …" sentences.

Each action is an English phrase marked with N_ where it is written (here, or beside the write that uses
it) and translated only when the sentence is built (`dbfile.as_store_error`, `write_jobs.why_not`), in the
language the person speaks then. Translators render an action so it fits their sentence: an infinitive in
es/fr/pt ("guardar la frase"), a noun phrase after "beim" in German ("Speichern der Phrase").
"""

from __future__ import annotations

from calmdesk.core.messages import N_

OPEN = N_("open its data file")
READ = N_("read its data file")
# Said by the windows' complaint panel (ui/complaint), which hands these to the store's writer thread;
# marked here so they are in the catalogue the store's sentences are translated from.
BY_THE_WINDOWS = (N_("record the reply you copied"),)
