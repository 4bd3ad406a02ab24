//! Course enrollments: [`CourseEnrollmentsApi`](truto::lms::CourseEnrollmentsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::lms::{
    CourseEnrollment, CourseEnrollmentsApi, ListCourseEnrollmentsQuery, LmsCourseRef, LmsUserEmail,
    LmsUserRef,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "lms/course-enrollments";

#[tokio::test]
async fn enrollments_list_pages_for_a_learner_and_a_course() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCourseEnrollmentsQuery::new(ACCOUNT)
        .limit(2)
        .user("learner-1")
        .course("course-7")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let enrollments = env
        .client
        .list_course_enrollments(&list)
        .collect_all()
        .await
        .unwrap();
    // `user[id]` and `course[id]` match the seeded records (the mock filters nested ids).
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&user[id]=learner-1&course[id]=course-7&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/lms/course-enrollments",
        // v1:lms/course-enrollments:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6bG1zL2NvdXJzZS1lbnJvbGxtZW50czpmOjU"),
        ],
    );
    let ids: Vec<String> = enrollments.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("lms-course-enrollment"));

    // Expected values read from truto-mock/fixtures/unified/lms/course-enrollments.json.
    let enrollment = &enrollments[0];
    assert_eq!(
        enrollment.user,
        Some(LmsUserRef {
            id: Some("learner-1".into()),
            emails: Some(vec![LmsUserEmail {
                email: Some("ana@example.com".into()),
                is_primary: Some(true),
                kind: Some("work".into()),
            }]),
            name: Some("Ana Souza".into()),
        })
    );
    assert_eq!(
        enrollment.course,
        Some(LmsCourseRef {
            id: Some("course-7".into()),
            title: Some("Security basics".into()),
        })
    );
    assert_eq!(enrollment.status.as_deref(), Some("in_progress"));
    assert_eq!(enrollment.assigned_at, Some(at("2024-03-01T09:00:00Z")));
    assert_eq!(enrollment.due_at, Some(at("2024-04-01T09:00:00Z")));
    assert_eq!(enrollment.enrolled_at, Some(at("2024-03-01T09:05:00Z")));
    assert_eq!(enrollment.started_at, Some(at("2024-03-02T10:00:00Z")));
    assert_eq!(
        enrollment.last_activity_at,
        Some(at("2024-03-05T16:30:00Z"))
    );
    assert_eq!(enrollment.completed_at, Some(at("2024-03-06T11:00:00Z")));
    assert_eq!(enrollment.progress_percent, Some(62.5));
    assert_eq!(enrollment.time_spent_seconds, Some(5400));
    assert_eq!(enrollment.score, Some(88.5));
    assert_eq!(enrollment.is_mandatory, Some(true));
    assert_eq!(
        enrollment.assigned_by,
        Some(Reference::new("manager-2", "Bo Lindqvist"))
    );
    assert_eq!(enrollment.attempt_number, Some(2));
    assert_eq!(enrollment.attempts_count, Some(2));
    assert_eq!(enrollment.urls.as_ref().unwrap()[0]["type"], json!("view"));
    assert_eq!(
        enrollment.custom_fields.as_ref().unwrap()["cohort"],
        json!("2024-Q1")
    );
}

#[test]
fn enrollment_decodes_minimal_nulls_and_rejects_wrong_types() {
    let minimal: CourseEnrollment = serde_json::from_value(json!({"id": "e"})).unwrap();
    assert_eq!(
        minimal,
        CourseEnrollment {
            id: Some("e".into()),
            ..CourseEnrollment::default()
        }
    );
    let odd: CourseEnrollment =
        serde_json::from_value(json!({"score": null, "progress_percent": 100, "grade": "A"}))
            .unwrap();
    assert_eq!(odd.progress_percent, Some(100.0));
    assert!(serde_json::from_value::<CourseEnrollment>(json!({"time_spent_seconds": -5})).is_err());
    assert!(serde_json::from_value::<CourseEnrollment>(json!({"due_at": "soon"})).is_err());
}
