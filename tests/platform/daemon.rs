//! Daemons: every method of [`DaemonsApi`](truto::platform::DaemonsApi) over loopback HTTP.

use serde_json::{json, Map, Value};
use truto::platform::{
    CreateDaemon, Daemon, DaemonStatus, DaemonsApi, ListDaemonsQuery, UpdateDaemon,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

#[tokio::test]
async fn daemons_create_get_update_delete() {
    let env = Env::empty().await;
    let mut metadata = Map::new();
    metadata.insert("host".into(), json!("worker-2"));
    let body = CreateDaemon::new("Worker 2")
        .status(DaemonStatus::Starting)
        .group_key("default")
        .metadata(metadata);
    let created = env.client.create_daemon(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/daemon",
        None,
        Some(json!({
            "label": "Worker 2", "status": "starting", "group_key": "default",
            "metadata": {"host": "worker-2"}
        })),
    );
    assert_eq!(created.id, "daemon-000001");
    assert_eq!(created.status, Some(DaemonStatus::Starting));
    assert_eq!(created, env.stored("daemon", "daemon-000001"));

    let fetched = env.client.get_daemon("daemon-000001").await.unwrap();
    assert_sent(&env, "GET", "/daemon/daemon-000001", None, None);
    assert_eq!(fetched, created);

    let seen = at("2024-09-10T12:00:00Z");
    let patch = UpdateDaemon::new()
        .status(DaemonStatus::Active)
        .last_active_at(seen)
        .field("lock", Value::Null);
    let updated = env
        .client
        .update_daemon("daemon-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/daemon/daemon-000001",
        None,
        Some(json!({"status": "active", "last_active_at": "2024-09-10T12:00:00Z", "lock": null})),
    );
    assert_eq!(updated.status, Some(DaemonStatus::Active));
    assert_eq!(updated.last_active_at, Some(seen));
    assert_eq!(updated.lock, None);
    assert_eq!(updated.group_key.as_deref(), Some("default"));

    let deleted = env.client.delete_daemon("daemon-000001").await.unwrap();
    assert_sent(&env, "DELETE", "/daemon/daemon-000001", None, None);
    assert_eq!(deleted, Deleted::new("daemon-000001"));
    assert_not_found(
        env.client.get_daemon("daemon-000001").await,
        "daemon",
        "daemon-000001",
    );
}

#[tokio::test]
async fn daemons_list_pages_and_the_seeded_records_are_the_fixture() {
    let env = Env::start(MockServer::builder().seed("daemon", 3)).await;
    let daemons: Vec<Daemon> = env
        .client
        .list_daemons(&ListDaemonsQuery::new().limit(2))
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = daemons.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["daemon-000001", "daemon-000002", "daemon-000003"]);
    assert_pages(
        &env,
        "/daemon",
        &[
            Some("limit=2"),
            // base64url of `v1:daemon:f:2`.
            Some("limit=2&next_cursor=djE6ZGFlbW9uOmY6Mg"),
        ],
    );
    // fixtures/platform/daemon.json.
    let daemon = &daemons[0];
    assert_eq!(daemon.label.as_deref(), Some("Worker 1"));
    assert_eq!(daemon.status, Some(DaemonStatus::Active));
    assert_eq!(daemon.group_key.as_deref(), Some("default"));
    assert_eq!(
        daemon.metadata.as_ref().unwrap()["host"],
        json!("worker-1.internal")
    );
    assert_eq!(daemon.last_active_at, Some(at("2024-09-10T12:00:00Z")));
    assert_eq!(daemon.lock, None);
    assert_eq!(
        daemon.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );

    // No documented filters: a free-form parameter goes through as sent.
    let stopped: Vec<Daemon> = env
        .client
        .list_daemons(&ListDaemonsQuery::new().param("status", "stopped"))
        .collect_all()
        .await
        .unwrap();
    assert!(stopped.is_empty());
    assert_pages(&env, "/daemon", &[Some("status=stopped")]);
}
