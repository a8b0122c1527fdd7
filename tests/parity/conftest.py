"""The web test client's fixtures (a logged-in client over a fresh home), for the parity suite."""

from tests.web.conftest import api_headers, app, client, clock, post_form, token  # noqa: F401
