'use strict';

class HttpError extends Error {
	constructor(status, message, headers) {
		super(message);
		this.status = status;
		this.headers = headers || {};
	}
}

const fail = (status, message, headers) => {
	throw new HttpError(status, message, headers);
};

const FORBIDDEN = 'You do not have permission to perform the requested action';
const forbid = () => fail(403, FORBIDDEN);

module.exports = { HttpError, fail, forbid, FORBIDDEN };
