"""The deployment files say what deploy/README.md promises: hardened systemd unit, non-root image with a
health check, compose with PostgreSQL on a named volume."""

from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _unit() -> configparser.ConfigParser:
    # systemd allows repeated keys; strict=False keeps the last one, which is enough for these checks.
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign] # systemd keys are case-sensitive
    parser.read_string((DEPLOY / "filing-monitor.service").read_text("utf-8"))
    return parser


def test_systemd_unit_is_hardened_and_checks_the_config_first() -> None:
    unit = _unit()
    service = unit["Service"]
    assert service["Type"] == "simple"
    assert service["Restart"] == "on-failure"
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["ProtectHome"] == "yes"
    assert service["PrivateTmp"] == "yes"
    assert service["StateDirectory"] == "filing-monitor"
    assert service["WorkingDirectory"] == "/var/lib/filing-monitor"
    assert service["EnvironmentFile"] == "/etc/filing-monitor/filing-monitor.env"
    assert service.get("User") or service.get("DynamicUser") == "yes"
    assert service.get("User") != "root"

    pre = shlex.split(service["ExecStartPre"])
    assert pre[:2] == ["/opt/filing-monitor/.venv/bin/filing-monitor", "check-config"]
    assert pre[pre.index("--config") + 1] == "/etc/filing-monitor/monitor.toml"
    start = shlex.split(service["ExecStart"])
    assert start[:2] == ["/opt/filing-monitor/.venv/bin/filing-monitor", "run"]
    assert start[start.index("--config") + 1] == "/etc/filing-monitor/monitor.toml"
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"
    assert "multi-user.target" in unit["Install"]["WantedBy"]


def _dockerfile() -> list[str]:
    """Instructions with continuation lines joined."""
    text = (DEPLOY / "Dockerfile").read_text("utf-8")
    joined = re.sub(r"\\\n", " ", text)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_dockerfile_runs_as_non_root_with_a_livez_check() -> None:
    lines = _dockerfile()
    assert lines[0] == "FROM python:3.11-slim"
    users = [line.split(None, 1)[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0", "0:0")
    healthcheck = next(line for line in lines if line.startswith("HEALTHCHECK "))
    # /livez: the process serves. Not /healthz: a feed that is down is no reason to restart the daemon.
    assert "/livez" in healthcheck and "/healthz" not in healthcheck and "urllib" in healthcheck
    cmd = next(line for line in reversed(lines) if line.startswith("CMD "))
    assert "filing-monitor" in cmd and "run" in cmd and "0.0.0.0:9464" in cmd


def _install_pattern(command: str) -> tuple[str, str]:
    """`python3 -m venv V && V/bin/pip install TARGET` -> (V, TARGET); fails on any other shape."""
    m = re.search(r"python3 -m venv (\S+) && (\S+)/bin/pip install (\S+)", command)
    assert m, f"not the quick-start install pattern: {command!r}"
    assert m.group(1) == m.group(2), "pip must be the venv's own"
    return m.group(1), m.group(3)


def test_dockerfile_installs_like_the_readme_quick_start() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    readme_cmd = next(line for line in quick.splitlines() if "pip install" in line)
    _, readme_target = _install_pattern(readme_cmd)
    assert readme_target.startswith(("-e", "."))
    lines = _dockerfile()
    deps = next(i for i, line in enumerate(lines) if line.startswith("RUN ") and "pip install -r" in line)
    venv, target = _install_pattern(lines[deps])
    assert venv == "/opt/filing-monitor/.venv"  # the path the systemd unit uses too
    assert target == "-r" and "pyproject.toml" in lines[deps] and "'postgres'" in lines[deps]
    package = next(i for i, line in enumerate(lines) if line.startswith("RUN ") and "'.[postgres]'" in line)
    assert lines[package] == f"RUN {venv}/bin/pip install --no-deps '.[postgres]'"
    # Dependencies are a layer of their own, built from pyproject.toml before any source is copied.
    copies = [i for i, line in enumerate(lines) if line.startswith("COPY ")]
    assert lines[copies[0]] == "COPY pyproject.toml ./" and copies[0] < deps < copies[1] < package
    assert lines.index("COPY monitor ./monitor") > deps


def test_dockerignore_keeps_the_build_context_small() -> None:
    ignored = (ROOT / ".dockerignore").read_text("utf-8").splitlines()
    for pattern in (".git", ".venv", "data", "*.db", "tests", "config/monitor.toml"):
        assert pattern in ignored, pattern
    for needed in ("monitor", "config", "pyproject.toml", "README.md"):
        assert needed not in ignored, needed


def test_slack_sdk_is_not_a_dependency() -> None:
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    assert not [d for d in deps if d.lower().startswith(("slack_sdk", "slack-sdk"))]


# ---- docker-compose.yml --------------------------------------------------------------------------


def _load_yaml(text: str) -> Any:
    try:
        import yaml
    except ImportError:
        return _mini_yaml(text)
    return yaml.safe_load(text)


def _mini_yaml(text: str) -> Any:
    """Block mappings, block lists and flow lists of scalars: the subset our compose file uses."""
    lines = []
    for raw in text.splitlines():
        stripped = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if stripped.strip():
            lines.append((len(stripped) - len(stripped.lstrip()), stripped.strip()))

    def scalar(value: str) -> Any:
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            return [scalar(v) for v in re.findall(r'"[^"]*"|[^,\s][^,]*', value[1:-1])]
        return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value

    def block(i: int, indent: int) -> tuple[Any, int]:
        if lines[i][1].startswith("- "):
            out_list = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                out_list.append(scalar(lines[i][1][2:]))
                i += 1
            return out_list, i
        out: dict[str, Any] = {}
        while i < len(lines) and lines[i][0] == indent:
            key, _, rest = lines[i][1].partition(":")
            i += 1
            if rest.strip():
                out[key.strip()] = scalar(rest)
            elif i < len(lines) and lines[i][0] > indent:
                out[key.strip()], i = block(i, lines[i][0])
            else:
                out[key.strip()] = None
        return out, i

    return block(0, 0)[0]


def test_mini_yaml_reads_the_subset() -> None:
    doc = _mini_yaml('a:\n  b: "x"\n  c:\n    - one\n    - two\n  d: ["CMD", "y z"]\nv:\n  w:\n')
    assert doc == {"a": {"b": "x", "c": ["one", "two"], "d": ["CMD", "y z"]}, "v": {"w": None}}


def test_compose_runs_the_monitor_against_postgres_on_a_named_volume() -> None:
    compose = _load_yaml((DEPLOY / "docker-compose.yml").read_text("utf-8"))
    services = compose["services"]
    db_name, db = next((n, s) for n, s in services.items() if str(s.get("image", "")).startswith("postgres:16"))
    volumes = db["volumes"]
    named = [v.split(":", 1)[0] for v in volumes if not v.startswith((".", "/"))]
    assert named and all(n in compose["volumes"] for n in named)
    assert any(v.endswith(":/var/lib/postgresql/data") for v in volumes)

    monitor = services["monitor"]
    depends = monitor["depends_on"]
    assert db_name in depends
    if isinstance(depends, dict):
        assert depends[db_name]["condition"] == "service_healthy"
    assert monitor["build"]["dockerfile"] == "deploy/Dockerfile"
    assert "filing-monitor.env" in monitor["env_file"]
    # The database password reaches both sides from one variable, never from a file in the repo.
    assert db["environment"]["POSTGRES_PASSWORD"] == monitor["environment"]["PGPASSWORD"]
    assert monitor["environment"]["PGPASSWORD"].startswith("${")
    test = monitor["healthcheck"]["test"]
    assert test[0] == "CMD" and any("/livez" in part for part in test)


def test_env_example_names_the_channel_secrets_without_values() -> None:
    lines = (DEPLOY / "filing-monitor.env.example").read_text("utf-8").splitlines()
    settings = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    for var in ("SLACK_WEBHOOK_URL", "SMTP_USER", "SMTP_PASSWORD", "WEBHOOK_SECRET"):
        assert var in settings
        assert settings[var] == "", f"{var} must be empty in the example"


def test_deploy_readme_covers_install_reload_logs_and_health() -> None:
    text = (DEPLOY / "README.md").read_text("utf-8")
    for needle in ("systemctl enable --now filing-monitor", "systemctl reload filing-monitor", "journalctl -u",
                   "docker compose -f deploy/docker-compose.yml up", "kill -s HUP", "/healthz", "/metrics"):
        assert needle in text, needle


# ---- the web view ---------------------------------------------------------------------------------


def _web_unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / "filing-monitor-web.service").read_text("utf-8"))
    return parser


def test_web_unit_serves_the_view_hardened_beside_the_daemon() -> None:
    unit = _web_unit()
    assert "filing-monitor.service" in unit["Unit"]["After"]
    service = unit["Service"]
    start = shlex.split(service["ExecStart"])
    assert start[:2] == ["/opt/filing-monitor/.venv/bin/filing-monitor", "web"]
    assert start[start.index("--config") + 1] == "/etc/filing-monitor/monitor.toml"
    assert "--bind" not in start  # [web].bind decides: loopback by default
    assert service["User"] == "filing-monitor" and service["WorkingDirectory"] == "/var/lib/filing-monitor"
    assert service["Restart"] == "on-failure" and service["RestartPreventExitStatus"] == "2"
    for key, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"),
                       ("PrivateTmp", "yes"), ("CapabilityBoundingSet", "")):
        assert service[key] == value, key
    assert service["ReadWritePaths"] == "/var/lib/filing-monitor"
    # the token file is optional and separate: the web view never gets the channels' secrets
    assert service["EnvironmentFile"] == "-/etc/filing-monitor/web.env"
    assert "multi-user.target" in unit["Install"]["WantedBy"]


def test_compose_runs_the_web_view_with_a_token_published_on_loopback() -> None:
    compose = _load_yaml((DEPLOY / "docker-compose.yml").read_text("utf-8"))
    services = compose["services"]
    web, monitor = services["web"], services["monitor"]
    assert web["image"] == monitor["image"] and web["build"]["dockerfile"] == "deploy/Dockerfile"
    command = web["command"]
    assert command[:2] == ["filing-monitor", "web"]
    assert command[command.index("--bind") + 1] == "0.0.0.0:8470"  # inside the container: needs the token
    token_var = command[command.index("--token-env") + 1]
    assert web["environment"][token_var].startswith(f"${{{token_var}:?")  # required, from deploy/.env
    assert web["environment"]["PGPASSWORD"] == monitor["environment"]["PGPASSWORD"]
    assert "env_file" not in web  # no channel secrets
    assert web["ports"] == ["127.0.0.1:8470:8470"]
    assert "db" in web["depends_on"] and "monitor" in web["depends_on"]
    assert "8470" in " ".join(web["healthcheck"]["test"])
    assert any(v.startswith("../config:/etc/filing-monitor") and v.endswith(":ro") for v in web["volumes"])


def test_deploy_readme_explains_the_web_view() -> None:
    text = (DEPLOY / "README.md").read_text("utf-8")
    for needle in ("filing-monitor-web.service", "systemctl enable --now filing-monitor-web", "FM_WEB_TOKEN",
                   "127.0.0.1:8470", "token_env"):
        assert needle in text, needle
