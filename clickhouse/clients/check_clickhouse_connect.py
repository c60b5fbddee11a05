"""Checks the SQL port with clickhouse-connect (Python; what Superset uses) given host, port, user and password.

Not run in CI: the package comes from the Python registry, which the CI machine does not reach. Run it
by hand against `pnpm start` (it prints the token id and secret):

    pip install clickhouse-connect sqlalchemy        # or: PYTHONPATH=<its source> with Debian's
                                                     # python3-urllib3 python3-lz4 python3-certifi python3-sqlalchemy
    python3 clickhouse/clients/check_clickhouse_connect.py TOKEN_ID SECRET [HOST] [PORT]

Exits 0 when every step answers as docs/ANALYST-SQL.md says, 1 with the step that did not.
"""

import sys

import clickhouse_connect
from clickhouse_connect.driver.exceptions import DatabaseError

ACCOUNT_TABLES = {"users", "sessions", "api_tokens", "audit_log", "agencies", "login_state"}


def main(user: str, password: str, host: str = "localhost", port: int = 8123) -> None:
    client = clickhouse_connect.get_client(host=host, port=port, username=user, password=password, database="minwon_ux")
    print(f"connected: server {client.server_version}, timezone {client.server_tz}")

    tables = [row[0] for row in client.query("SELECT name FROM system.tables WHERE database = currentDatabase()").result_rows]
    assert "events" in tables and not ACCOUNT_TABLES & set(tables), tables
    print(f"system.tables: {len(tables)} readable tables, no account table")

    columns = client.query("SELECT name, type FROM system.columns WHERE table = 'events'").result_rows
    assert ("session_id", "String") in columns, columns[:5]
    print(f"system.columns: events has {len(columns)} columns")

    kinds = client.query("SELECT kind, count() AS n FROM events GROUP BY kind ORDER BY n DESC LIMIT 3").result_rows
    print(f"events by kind (Native format): {kinds}")
    pages = client.query(
        "SELECT path, count() AS n FROM events WHERE kind = {kind:String} GROUP BY path ORDER BY n DESC LIMIT 3",
        parameters={"kind": "page_view"},
    ).result_rows
    print(f"page views by path (server-side parameter): {pages}")
    typed = client.query("SELECT ts, event_id, device FROM events LIMIT 1").result_rows
    print(f"DateTime64, UUID, LowCardinality: {typed}")

    plain = clickhouse_connect.get_client(host=host, port=port, username=user, password=password, compress=False)
    for refused, statement in (
        (("READONLY",), lambda: client.command("DROP TABLE events")),
        (("READONLY",), lambda: plain.insert("changes", [["x"]], column_names=["site_id"])),
        # with compression on, insert() sends an lz4 body, which is not read (only gzip and deflate are)
        (("READONLY", "CANNOT_DECOMPRESS"), lambda: client.insert("changes", [["x"]], column_names=["site_id"])),
        (("ACCESS_DENIED",), lambda: client.query("SELECT * FROM system.users")),
    ):
        try:
            statement()
        except DatabaseError as error:
            assert any(f"({r})" in str(error) for r in refused), str(error)[:200]
        else:
            raise AssertionError(f"not refused: expected {refused}")
    print("DROP, insert() (plain and lz4) and system.users: refused")

    try:
        from sqlalchemy import create_engine, inspect
        from sqlalchemy.dialects import registry
    except ImportError:
        print("sqlalchemy not installed: the Superset dialect was not checked")
        return
    registry.register("clickhousedb", "clickhouse_connect.cc_sqlalchemy.dialect", "ClickHouseDialect")
    inspector = inspect(create_engine(f"clickhousedb://{user}:{password}@{host}:{port}/minwon_ux"))
    assert inspector.get_schema_names() == ["minwon_ux"], inspector.get_schema_names()
    dialect_tables = inspector.get_table_names(schema="minwon_ux")
    assert "events" in dialect_tables and not ACCOUNT_TABLES & set(dialect_tables)
    print(f"SQLAlchemy dialect (Superset): schema minwon_ux, {len(dialect_tables)} tables, "
          f"{len(inspector.get_columns('events', schema='minwon_ux'))} columns of events")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    try:
        main(*sys.argv[1:3], *sys.argv[3:4], *(int(p) for p in sys.argv[4:5]))
    except AssertionError as failed:
        sys.exit(f"FAILED: {failed}")
    print("ok")
