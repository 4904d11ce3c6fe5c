# syntax=docker/dockerfile:1
# Two stages: wheels are built once (dependencies in their own cached layer), the runtime image only
# installs them. Runs as an unprivileged user; the SQLite data directory is a volume.

FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir --upgrade pip
COPY pyproject.toml ./
# Dependencies first: this layer is rebuilt only when pyproject.toml changes.
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml','rb'))['project']['dependencies']))" > requirements.txt \
 && pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt
COPY README.md LICENSE ./
COPY bot ./bot
COPY handlers ./handlers
COPY matching ./matching
COPY db ./db
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
# MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (the event loop's executor threads) an
# arena of its own, which stays resident; two arenas keep one process's memory predictable.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MALLOC_ARENA_MAX=2 \
    DATABASE_URL=sqlite+aiosqlite:////app/data/jobbot.db
RUN useradd --create-home --uid 10001 bot && mkdir -p /app/data && chown bot:bot /app/data
# The wheels are bind-mounted from the build stage rather than copied: a COPY would stay in the image as a
# layer of its own (35 MB) even after a later `rm -rf /wheels`.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels /wheels/*.whl
WORKDIR /app
USER bot
VOLUME ["/app/data"]
ENTRYPOINT ["jobbot"]
CMD ["run"]
