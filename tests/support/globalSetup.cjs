// Every test runs in one fixed time zone, so dates print the same on every machine.
module.exports = async () => {
	process.env.TZ = "UTC";
};
