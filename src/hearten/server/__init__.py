"""Server mode: many people on one PostgreSQL, for clinics and studies.

Layers as in the local app: `store.py` is the only module that speaks SQL, and every
personal query in it names both the organisation and the owner; `accounts.py` and
`sharing.py` are the use-cases; `policy.py` decides who may use which route; `app.py`,
`api.py` and `pages.py` only render. `hearten serve` (the one-person app) never imports this.
"""
