//! Connecting a [`Client`] to the built-in [`MockServer`].

use crate::mock::MockServer;
use crate::Client;

impl MockServer {
    /// A client pointed at this server, with its token. Fails only if the server was
    /// started with a token a client cannot send (e.g. an empty one).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mock = truto::mock::MockServer::start().await?;
    /// let client = mock.client()?;
    /// assert_eq!(client.base_url(), mock.url());
    /// # Ok(()) }
    /// ```
    pub fn client(&self) -> crate::Result<Client> {
        self.client_builder().build()
    }

    /// A client builder pointed at this server, with its token, for further settings.
    pub fn client_builder(&self) -> crate::ClientBuilder {
        Client::builder().token(self.token()).base_url(self.url())
    }
}
