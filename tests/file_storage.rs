//! The typed file-storage API, one module per resource (`file_storage/<resource>.rs`, named
//! after its Truto path segment; the resources that share the forgiving
//! `FileStorageRecord` are tested together in `file_storage/records.rs`). Uploads and
//! streamed downloads of drive items are tested in `tests/uploads*.rs`.
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/file-storage/`): each test asserts the
//! exact method, raw path and raw query the mock received (cursors worked out by hand:
//! base64url of `v1:file-storage/<resource>:f:<n>`), the JSON body of writes, and the decode
//! of full, minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; file storage uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "file_storage/drive_items.rs"]
mod drive_items;
#[path = "file_storage/drives.rs"]
mod drives;
#[path = "file_storage/permissions.rs"]
mod permissions;
#[path = "file_storage/records.rs"]
mod records;
