//! Courses: every method of [`CoursesApi`](truto::lms::CoursesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::lms::{Course, CoursesApi, ListCoursesQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "lms/courses";

#[tokio::test]
async fn courses_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCoursesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let courses = env.client.list_courses(&list).collect_all().await.unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/lms/courses",
        // v1:lms/courses:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6bG1zL2NvdXJzZXM6Zjoy"),
        ],
    );
    assert_eq!(courses.len(), 3);

    let course = env
        .client
        .get_course("lms-course-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/lms/courses/lms-course-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/lms/courses.json.
    assert_eq!(course.title.as_deref(), Some("Security basics"));
    assert_eq!(
        course.description.as_deref(),
        Some("Phishing, passwords, devices")
    );
    assert_eq!(
        course.categories,
        Some(vec![Reference::new("cat-1", "Compliance")])
    );
    assert_eq!(course.other["code"], json!("SEC-101"));
    assert_eq!(course.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_not_found(env.client.get_course("nope", &query()).await, STORE, "nope");
}

#[test]
fn course_decodes_nulls_and_rejects_wrong_types() {
    let odd: Course = serde_json::from_value(json!({"categories": null, "hours": 2})).unwrap();
    assert_eq!(odd.categories, None);
    assert_eq!(odd.other["hours"], json!(2));
    assert!(serde_json::from_value::<Course>(json!({"categories": ["Compliance"]})).is_err());
}
