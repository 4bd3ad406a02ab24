//! The streams: [`PageStream`] (page by page, one page fetched ahead) and [`Paginator`]
//! (item by item on top of it).

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use futures_core::Stream;
use serde::de::DeserializeOwned;

use bytes::Bytes;

use super::page::Page;
use super::CURSOR_PARAM;
use crate::client::Client;
use crate::error::Error;
use crate::request::RequestBuilder;
use crate::response::CallContext;

/// A page's body as it arrived, not yet decoded.
type RawPage = (CallContext, Bytes);
type RawFuture = Pin<Box<dyn Future<Output = Result<RawPage, Error>> + Send>>;

/// What every page request shares: the client and the request of the first page.
struct Fetcher {
    client: Client,
    request: RequestBuilder,
}

impl Fetcher {
    /// The request for the page at `cursor` (the first page when `None`): sent, body read.
    fn fetch(&self, cursor: Option<&str>) -> RawFuture {
        let mut request = self.request.duplicate();
        if let Some(cursor) = cursor {
            request.replace_query_param(CURSOR_PARAM, cursor);
        }
        let sent = crate::send::send(&self.client, request);
        Box::pin(async move { sent.await?.into_body().await })
    }

    fn endpoint(&self) -> String {
        self.request.endpoint()
    }
}

/// Finds `next_cursor` in a page body without decoding it: a fast substring search, then one
/// small JSON value parsed. It lets the next page be requested before this one is decoded,
/// so the server's time overlaps the client's decoding. It is a guess (the text could also
/// occur inside an item), so the stream checks it against the decoded envelope and corrects
/// course if they differ: a wrong guess costs a wasted request, never a wrong page.
fn peek_next_cursor(body: &[u8]) -> Option<String> {
    const KEY: &str = "\"next_cursor\"";
    let text = std::str::from_utf8(body).ok()?;
    let at = text.find(KEY)?;
    let value = text[at + KEY.len()..].trim_start().strip_prefix(':')?;
    let mut deserializer = serde_json::Deserializer::from_str(value);
    super::page::cursor(&mut deserializer).ok().flatten()
}

/// A page request under way: in a task of its own when there is a runtime to spawn it on
/// (so it progresses while the caller is busy), otherwise polled in place.
enum InFlight {
    Spawned(AbortOnDrop<Result<RawPage, Error>>),
    Inline(RawFuture),
}

/// A spawned task that is cancelled when its handle is dropped (e.g. the stream is dropped
/// before the prefetched page is used).
struct AbortOnDrop<R>(tokio::task::JoinHandle<R>);

impl<R> Drop for AbortOnDrop<R> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

enum State {
    /// Ready to request the page at this cursor.
    Idle(Option<String>),
    /// A page is on its way; it was requested with this cursor.
    Fetching(InFlight, Option<String>),
    /// Next poll reports this error, then the stream ends.
    Failed(Error),
    Done,
}

/// The pages of a list, in order, following `next_cursor` until it is null.
///
/// With look-ahead on (the default), as soon as a page's body arrives the next page is
/// requested in a background task — before this page is even decoded — so the server's time
/// overlaps the client's decoding and the caller's work instead of adding up. At most one
/// page is held ahead. Dropping the stream cancels that request.
pub struct PageStream<T> {
    fetcher: Option<Arc<Fetcher>>,
    state: State,
    look_ahead: bool,
    /// The cursor the most recently returned page was requested with.
    returned_cursor: Option<String>,
    _items: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> PageStream<T> {
    /// The cursor the most recently returned page was requested with (`None` for the first
    /// page): resuming from it fetches that page again.
    pub fn current_cursor(&self) -> Option<&str> {
        self.returned_cursor.as_deref()
    }

    fn start(fetcher: &Arc<Fetcher>, cursor: Option<String>, ahead: bool) -> State {
        let future = fetcher.fetch(cursor.as_deref());
        let in_flight = match tokio::runtime::Handle::try_current() {
            Ok(runtime) if ahead => InFlight::Spawned(AbortOnDrop(runtime.spawn(future))),
            _ => InFlight::Inline(future),
        };
        State::Fetching(in_flight, cursor)
    }

    /// What follows a page requested with `used` whose next cursor is `next`.
    fn after(&self, fetcher: &Arc<Fetcher>, used: Option<&str>, next: Option<String>) -> State {
        match next {
            None => State::Done,
            // A server that hands back the cursor it was given would loop forever.
            Some(next) if used == Some(next.as_str()) => State::Failed(Error::Pagination {
                endpoint: fetcher.endpoint(),
                reason: "the server returned the same next_cursor again",
            }),
            Some(next) if self.look_ahead => Self::start(fetcher, Some(next), true),
            Some(next) => State::Idle(Some(next)),
        }
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for PageStream<T> {
    type Item = Result<Page<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let Some(fetcher) = this.fetcher.clone() else {
                return Poll::Ready(None);
            };
            match &mut this.state {
                State::Done => return Poll::Ready(None),
                State::Failed(_) => {
                    let State::Failed(error) = std::mem::replace(&mut this.state, State::Done)
                    else {
                        unreachable!("matched Failed just above")
                    };
                    return Poll::Ready(Some(Err(error)));
                }
                State::Idle(cursor) => {
                    let cursor = cursor.take();
                    // The first page has nothing to overlap with: fetch it in place.
                    this.state = Self::start(&fetcher, cursor, false);
                }
                State::Fetching(in_flight, cursor) => {
                    let outcome = match in_flight {
                        InFlight::Inline(future) => ready!(future.as_mut().poll(cx)),
                        InFlight::Spawned(task) => match ready!(Pin::new(&mut task.0).poll(cx)) {
                            Ok(outcome) => outcome,
                            Err(join) if join.is_panic() => {
                                std::panic::resume_unwind(join.into_panic())
                            }
                            Err(_) => Err(Error::Pagination {
                                endpoint: fetcher.endpoint(),
                                reason: "the page request was cancelled (runtime shutting down?)",
                            }),
                        },
                    };
                    let used = cursor.take();
                    let (context, body) = match outcome {
                        Ok(raw) => raw,
                        Err(error) => {
                            this.state = State::Done;
                            return Poll::Ready(Some(Err(error)));
                        }
                    };
                    // Ask for the next page first, then decode this one while it travels.
                    let peeked = this.look_ahead.then(|| peek_next_cursor(&body)).flatten();
                    if peeked.is_some() {
                        this.state = this.after(&fetcher, used.as_deref(), peeked.clone());
                    }
                    let page = match crate::decode::decode_exact::<Page<T>>(context, &body) {
                        Ok(page) => page,
                        Err(error) => {
                            this.state = State::Done;
                            return Poll::Ready(Some(Err(error)));
                        }
                    };
                    if peeked.is_none() || peeked != page.next_cursor {
                        this.state =
                            this.after(&fetcher, used.as_deref(), page.next_cursor.clone());
                    }
                    this.returned_cursor = used;
                    return Poll::Ready(Some(Ok(page)));
                }
            }
        }
    }
}

/// The items of a list across all its pages: a `Stream<Item = truto::Result<T>>`.
///
/// Returned by declared list endpoints; nothing is sent until it is polled. Each page is an
/// ordinary call of the client (its timeout, headers, retries and account scope apply to
/// every page). Empty pages with a cursor are skipped over, not taken as the end. Memory
/// stays at about two pages however many items pass through.
///
/// Use it as a stream (`futures_util::TryStreamExt::try_next`, `try_collect`), or:
/// [`pages`](Paginator::pages), [`first_page`](Paginator::first_page),
/// [`first`](Paginator::first), [`collect_all`](Paginator::collect_all),
/// [`max_items`](Paginator::max_items), [`resume_from`](Paginator::resume_from),
/// [`page_size`](Paginator::page_size), [`look_ahead`](Paginator::look_ahead).
pub struct Paginator<T> {
    fetcher: Option<Arc<Fetcher>>,
    problem: Option<Error>,
    start_cursor: Option<String>,
    max_items: Option<usize>,
    look_ahead: bool,
    running: Option<Running<T>>,
    _items: PhantomData<fn() -> T>,
}

struct Running<T> {
    pages: PageStream<T>,
    current: std::vec::IntoIter<T>,
    remaining: Option<usize>,
}

// Nothing is ever pinned in place: page futures are boxed and items are moved out.
impl<T> Unpin for Paginator<T> {}
impl<T> Unpin for PageStream<T> {}

impl<T: DeserializeOwned + Send + 'static> Paginator<T> {
    /// The paginator of the list `request` asks for (what declared list endpoints call).
    pub fn new(client: &Client, mut request: RequestBuilder) -> Self {
        let problem = request.take_problem().map(|source| Error::InvalidRequest {
            endpoint: request.endpoint(),
            source,
        });
        Paginator {
            fetcher: Some(Arc::new(Fetcher {
                client: client.clone(),
                request,
            })),
            problem,
            start_cursor: None,
            max_items: None,
            look_ahead: true,
            running: None,
            _items: PhantomData,
        }
    }

    /// A paginator that yields nothing (what an invalid declaration falls back to).
    pub fn empty() -> Self {
        Paginator {
            fetcher: None,
            problem: None,
            start_cursor: None,
            max_items: None,
            look_ahead: true,
            running: None,
            _items: PhantomData,
        }
    }

    /// Starts at the page of `cursor` (a `next_cursor` saved earlier) instead of the first.
    #[must_use]
    pub fn resume_from(mut self, cursor: impl Into<String>) -> Self {
        self.start_cursor = Some(cursor.into());
        self
    }

    /// Stops after `n` items (pages beyond are not requested).
    #[must_use]
    pub fn max_items(mut self, n: usize) -> Self {
        self.max_items = Some(n);
        self
    }

    /// Sets `limit`, the number of items per page, replacing one the query set.
    #[must_use]
    pub fn page_size(mut self, limit: u32) -> Self {
        if let Some(fetcher) = self.fetcher.as_mut().and_then(Arc::get_mut) {
            fetcher
                .request
                .replace_query_param("limit", &limit.to_string());
        }
        self
    }

    /// Whether to request the next page while the current one is consumed (default on).
    #[must_use]
    pub fn look_ahead(mut self, on: bool) -> Self {
        self.look_ahead = on;
        self
    }

    /// Page by page instead of item by item.
    pub fn pages(mut self) -> PageStream<T> {
        self.page_stream()
    }

    /// The page stream this paginator's settings describe; takes the pending problem.
    fn page_stream(&mut self) -> PageStream<T> {
        let state = match self.problem.take() {
            Some(problem) => State::Failed(problem),
            None => State::Idle(self.start_cursor.clone()),
        };
        PageStream {
            fetcher: self.fetcher.clone(),
            state,
            look_ahead: self.look_ahead,
            returned_cursor: None,
            _items: PhantomData,
        }
    }

    /// Only the first page (or the page at the resume cursor).
    pub async fn first_page(self) -> Result<Page<T>, Error> {
        let mut pages = self.look_ahead(false).pages();
        match std::future::poll_fn(|cx| Pin::new(&mut pages).poll_next(cx)).await {
            Some(page) => page,
            None => Ok(Page {
                items: Vec::new(),
                keys: None,
                next_cursor: None,
                prev_cursor: None,
                result_count: None,
                is_partial_response: None,
            }),
        }
    }

    /// The first item, if the list has any (skipping empty pages).
    pub async fn first(self) -> Result<Option<T>, Error> {
        let mut items = self.max_items(1).look_ahead(false);
        std::future::poll_fn(|cx| Pin::new(&mut items).poll_next(cx))
            .await
            .transpose()
    }

    /// Every item of every page (up to [`max_items`](Paginator::max_items)).
    pub async fn collect_all(mut self) -> Result<Vec<T>, Error> {
        let mut all = Vec::new();
        while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut self).poll_next(cx)).await {
            all.push(item?);
        }
        Ok(all)
    }

    /// The cursor of the page the next item comes from (`None` while on the first page):
    /// [`resume_from`](Paginator::resume_from) it to continue after a crash. Items of that
    /// page already seen are delivered again: at-least-once, never lost.
    pub fn checkpoint(&self) -> Option<&str> {
        self.running
            .as_ref()
            .and_then(|running| running.pages.current_cursor())
            .or(self.start_cursor.as_deref())
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Paginator<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.running.is_none() {
            this.running = Some(Running {
                pages: this.page_stream(),
                current: Vec::new().into_iter(),
                remaining: this.max_items,
            });
        }
        let Some(running) = this.running.as_mut() else {
            return Poll::Ready(None);
        };
        loop {
            if running.remaining == Some(0) {
                // Done: drop the pages so a prefetch under way is cancelled.
                running.pages.fetcher = None;
                running.pages.state = State::Done;
                return Poll::Ready(None);
            }
            if let Some(item) = running.current.next() {
                if running.current.len() == 0 {
                    // Free the spent page's buffer now, not after the next page is decoded.
                    running.current = Vec::new().into_iter();
                }
                if let Some(remaining) = running.remaining.as_mut() {
                    *remaining -= 1;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut running.pages).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(page)) => running.current = page.items.into_iter(),
            }
        }
    }
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("endpoint", &self.fetcher.as_ref().map(|f| f.endpoint()))
            .field("start_cursor", &self.start_cursor)
            .field("max_items", &self.max_items)
            .field("look_ahead", &self.look_ahead)
            .finish_non_exhaustive()
    }
}

impl<T> std::fmt::Debug for PageStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("look_ahead", &self.look_ahead)
            .field("current_cursor", &self.returned_cursor)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::peek_next_cursor;

    #[test]
    fn the_cursor_is_found_without_decoding_the_page() {
        let body = br#"{"result":[{"id":"1"}],"next_cursor" : "c2","prev_cursor":null}"#;
        assert_eq!(peek_next_cursor(body).as_deref(), Some("c2"));
        assert_eq!(
            peek_next_cursor(br#"{"result":[],"next_cursor":null}"#),
            None
        );
        assert_eq!(
            peek_next_cursor(br#"{"next_cursor":17}"#).as_deref(),
            Some("17")
        );
        assert_eq!(peek_next_cursor(br#"{"result":[]}"#), None);
        assert_eq!(peek_next_cursor(b"\xff\"next_cursor\":\"x\""), None);
        // A guess only: an item's own field comes first here, which is why the stream
        // checks the guess against the decoded envelope.
        let decoy = br#"{"result":[{"next_cursor":"decoy"}],"next_cursor":"real"}"#;
        assert_eq!(peek_next_cursor(decoy).as_deref(), Some("decoy"));
    }
}
