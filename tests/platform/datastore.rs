//! Datastores: every method of [`DatastoresApi`](truto::platform::DatastoresApi) over
//! loopback HTTP, `test` included (S3 and Google Cloud Storage only, as Truto's notes say).

use serde_json::json;
use truto::platform::{
    CreateDatastore, Datastore, DatastoreConfig, DatastoreType, DatastoresApi, ListDatastoresQuery,
    TestDatastore, UpdateDatastore,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn datastores_create_get_update_test_delete() {
    let env = Env::empty().await;
    let body = CreateDatastore::new(
        DatastoreType::S3,
        "Exports",
        DatastoreConfig::s3("AKIA123", "s3cr3t", "eu-west-1", "exports"),
    );
    let created = env.client.create_datastore(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/datastore",
        None,
        Some(json!({
            "type": "s3", "label": "Exports",
            "config": {
                "access_key_id": "AKIA123", "secret_access_key": "s3cr3t",
                "region": "eu-west-1", "bucket": "exports"
            }
        })),
    );
    let id = "datastore-000001";
    assert_eq!(created.id, id);
    assert_eq!(created.datastore_type, Some(DatastoreType::S3));
    assert_eq!(created, env.stored("datastore", id));
    let shown = format!("{created:?}");
    assert!(!shown.contains("s3cr3t"), "a secret leaked: {shown}");

    let fetched = env.client.get_datastore(id).await.unwrap();
    assert_sent(&env, "GET", &format!("/datastore/{id}"), None, None);
    assert_eq!(fetched, created);

    let patch = UpdateDatastore::new()
        .label("Exports (EU)")
        .config(DatastoreConfig::default().base_url("https://r2.example.com"));
    let updated = env.client.update_datastore(id, &patch).await.unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/datastore/{id}"),
        None,
        Some(json!({"label": "Exports (EU)", "config": {"base_url": "https://r2.example.com"}})),
    );
    assert_eq!(updated.label.as_deref(), Some("Exports (EU)"));

    let path = format!("/datastore/{id}/test/put%20object");
    let tested = env
        .client
        .test_datastore(
            id,
            "put object",
            &TestDatastore::new().field("key", "probe.json"),
        )
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        &path,
        None,
        Some(json!({"key": "probe.json"})),
    );
    assert!(tested.success);
    assert_eq!(env.mock.write_count("POST", &path), 1);

    let deleted = env.client.delete_datastore(id).await.unwrap();
    assert_sent(&env, "DELETE", &format!("/datastore/{id}"), None, None);
    assert_eq!(deleted, Deleted::new(id));
    assert_not_found(
        env.client
            .test_datastore(id, "put", &TestDatastore::new())
            .await,
        "datastore",
        id,
    );
}

#[tokio::test]
async fn a_mongo_datastore_cannot_be_tested() {
    let env = Env::empty().await;
    let body = CreateDatastore::new(
        DatastoreType::MongoDataApi,
        "Mongo",
        DatastoreConfig::mongo_data_api("Cluster0", "truto_sync", "https://data.example", "k"),
    );
    let mongo = env.client.create_datastore(&body).await.unwrap();
    env.take();
    assert_bad_request(
        env.client
            .test_datastore(&mongo.id, "put", &TestDatastore::new())
            .await,
        "test operations work only for google_cloud_storage and s3 datastores, not \"mongo_data_api\"",
    );
    assert_eq!(
        env.mock
            .write_count("POST", &format!("/datastore/{}/test/put", mongo.id)),
        0
    );
}

#[tokio::test]
async fn datastores_list_pages_a_type_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("datastore", 3)).await;
    env.mock
        .insert("datastore", json!({"id": "ds-qdrant", "type": "qdrant"}));
    env.mock
        .insert("datastore", json!({"id": "ds-s3", "type": "s3"}));
    let query = ListDatastoresQuery::new()
        .datastore_type(DatastoreType::S3)
        .limit(2);
    let stores: Vec<Datastore> = env
        .client
        .list_datastores(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = stores.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "datastore-000001",
            "datastore-000002",
            "datastore-000003",
            "ds-s3"
        ]
    );
    assert_pages(
        &env,
        "/datastore",
        &[
            Some("limit=2&type=s3"),
            // base64url of `v1:datastore:f:2`.
            Some("limit=2&type=s3&next_cursor=djE6ZGF0YXN0b3JlOmY6Mg"),
        ],
    );
    // fixtures/platform/datastore.json: a response's config, without the secret key.
    let store = &stores[0];
    assert_eq!(store.label.as_deref(), Some("Exports bucket"));
    let config = store.config.as_ref().unwrap();
    assert_eq!(
        config.access_key_id.as_deref(),
        Some("AKIAIOSFODNN7EXAMPLE")
    );
    assert_eq!(config.secret_access_key, None);
    assert_eq!(config.region.as_deref(), Some("eu-west-1"));
    assert_eq!(config.bucket.as_deref(), Some("truto-exports"));
    assert_eq!(
        config.base_url.as_deref(),
        Some("https://s3.eu-west-1.amazonaws.com")
    );
    assert_eq!(
        store.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );

    let by_id = ListDatastoresQuery::new().id("ds-qdrant");
    let one: Vec<Datastore> = env
        .client
        .list_datastores(&by_id)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].datastore_type, Some(DatastoreType::Qdrant));
    assert_pages(&env, "/datastore", &[Some("id=ds-qdrant")]);
}
