"""The crisis encoder's reader while the person has it on (setting crisis_encoder); None while it is off.

A function from a list of texts to their crisis probabilities. The service layer sets it from the settings
(services.language.apply_settings), and the language analyzer asks it; it lives in a module of its own, with
no imports, so that setting it costs a command that never analyzes nothing.
"""

reader = None


def use(new_reader) -> None:
    """Ask `new_reader` from now on in this process; None stops it."""
    global reader
    reader = new_reader
