"""A practice session and an assessment result can be deleted in the browser, after a confirmation page."""

from __future__ import annotations

from tests.web.conftest import api_headers, post_form, post_session

ANSWERS = dict(
    zip(
        [
            "kind-1",
            "judge-1",
            "common-1",
            "alone-1",
            "aware-1",
            "swept-1",
            "kind-2",
            "judge-2",
            "common-2",
            "alone-2",
            "aware-2",
            "swept-2",
        ],
        [4, 2, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2],
    )
)


def _session(client) -> int:
    response = post_session(client)
    assert response.status_code in (200, 201), response.text
    return response.json()["session"]["id"]


def test_a_session_is_deleted_after_its_confirmation_page(client):
    session_id = _session(client)
    history = client.get("/practices/history")
    assert f'href="/practices/sessions/{session_id}/delete"' in history.text
    confirm = client.get(f"/practices/sessions/{session_id}/delete")
    assert confirm.status_code == 200 and "stays in your journal" in confirm.text
    assert client.get("/api/sessions").json()  # the GET changed nothing
    done = post_form(client, f"/practices/sessions/{session_id}/delete", {})
    assert done.status_code == 303 and done.headers["location"] == "/practices/history"
    assert client.get("/api/sessions").json() == []
    assert post_form(client, f"/practices/sessions/{session_id}/delete", {}).status_code == 404


def test_a_result_is_deleted_after_its_confirmation_page(client):
    taken = client.post(
        "/api/assessments",
        headers=api_headers(client),
        json={"instrument": "self-compassion-checkin", "answers": ANSWERS},
    )
    assert taken.status_code in (200, 201), taken.text
    result_id = taken.json()["id"]
    page = client.get("/assessments/self-compassion-checkin")
    assert f'href="/assessments/results/{result_id}/delete"' in page.text
    assert client.get(f"/assessments/results/{result_id}/delete").status_code == 200
    done = post_form(client, f"/assessments/results/{result_id}/delete", {})
    assert done.status_code == 303 and done.headers["location"] == "/assessments/self-compassion-checkin"
    assert f"/assessments/results/{result_id}/delete" not in client.get("/assessments/self-compassion-checkin").text


def test_deleting_needs_the_form_token(client):
    session_id = _session(client)
    assert client.post(f"/practices/sessions/{session_id}/delete").status_code == 403
    assert client.get("/api/sessions").json()
